package com.segmint.bench;

import com.segmint.SegmintApplication;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.content.ideas.IdeaOptions;
import com.segmint.content.ideas.IdeaSuggestionDetails;
import com.segmint.content.ideas.PersonalIdeas;
import com.segmint.engine.CreatorCorpus;
import com.segmint.engine.CreatorCorpus.Creator;
import com.segmint.engine.embedding.TextEmbeddings;
import com.segmint.support.Fixtures;
import com.segmint.support.TestDatabase;
import com.segmint.support.TestDatabaseInitializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures for docs/benchmarks.md: p50/p95 of 10 built-in ideas for a creator with 500 past
 * contents, the first such request through HTTP, embeddings per second, and ranking quality
 * (pairwise accuracy, NDCG) on the fixtures. Run with {@code bench/ideas.sh}.
 */
public final class IdeaBenchmark {

  private static final int PAST_CONTENTS = 500;
  private static final int WARM_UP = 10;
  private static final int MEASURED = 40;

  private IdeaBenchmark() {}

  public static void main(String[] args) throws Exception {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SegmintApplication.class)
            .initializers(new TestDatabaseInitializer())
            .properties("server.port=0", "segmint.engine.preload-model=false")
            .run();
    Fixtures fixtures = new Fixtures(TestDatabase.get().app());
    PersonalIdeas ideas = context.getBean(PersonalIdeas.class);
    modelLoadAndThroughput(context);
    latency(fixtures, ideas);
    new FirstIdeaRequest(context, fixtures).measure();
    ranking(fixtures, ideas);
    context.close();
    System.exit(0);
  }

  private static void modelLoadAndThroughput(ConfigurableApplicationContext context) {
    TextEmbeddings embeddings = context.getBean(TextEmbeddings.class);
    TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
    long start = System.nanoTime();
    asSystem(
        transactions, () -> embeddings.of("a first text loads the model " + System.nanoTime()));
    System.out.printf("model load + first embedding: %d ms%n", millis(start));
    List<String> texts =
        IntStream.range(0, 200)
            .mapToObj(
                i ->
                    CreatorCorpus.ALL.get(i % 4).posts().get(i / 4 % 4)
                        + " #"
                        + i
                        + " "
                        + System.nanoTime())
            .toList();
    start = System.nanoTime();
    asSystem(transactions, () -> embeddings.of(texts));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "embeddings per second (200 new texts, one batch): %.0f%n", texts.size() / seconds);
  }

  private static void latency(Fixtures fixtures, PersonalIdeas ideas) {
    Creator baker = CreatorCorpus.BAKER;
    int creator = fixtures.user("creator");
    for (int i = 0; i < PAST_CONTENTS; i++) {
      String[] post = baker.posts().get(i % baker.posts().size()).split("\n", 2);
      fixtures.content(creator, post[0] + " (" + i + ")", post[1] + " Batch " + i + ".");
    }
    List<Long> times = new ArrayList<>();
    for (int run = 0; run < WARM_UP + MEASURED; run++) {
      int content =
          fixtures.content(creator, baker.title() + " " + run, baker.body() + " Run " + run + ".");
      long start = System.nanoTime();
      int stored =
          DatabaseActors.callAs(
              DatabaseActor.user(creator, "creator"),
              () -> ideas.generate(content, new IdeaOptions(null, null, null, 10)).ideas().size());
      if (run >= WARM_UP) {
        times.add((System.nanoTime() - start) / 1_000_000);
      }
      if (stored != 10) {
        throw new IllegalStateException("expected 10 ideas, got " + stored);
      }
    }
    long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "10 built-in ideas, %d past contents, %d runs after %d warm-up: p50 %d ms, p95 %d ms, max %d ms%n",
        PAST_CONTENTS,
        MEASURED,
        WARM_UP,
        sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted[sorted.length - 1]);
  }

  private static void ranking(Fixtures fixtures, PersonalIdeas ideas) {
    double pairs = 0;
    double correct = 0;
    double ndcgSum = 0;
    for (Creator creator : CreatorCorpus.ALL) {
      int user = fixtures.user("creator");
      creator
          .posts()
          .forEach(post -> fixtures.content(user, post.split("\n", 2)[0], post.split("\n", 2)[1]));
      int content = fixtures.content(user, creator.title(), creator.body());
      List<String> texts = new ArrayList<>(creator.onTopic());
      texts.addAll(creator.offTopic());
      Map<String, Double> scores =
          DatabaseActors.callAs(
                  DatabaseActor.user(user, "creator"), () -> ideas.addOwn(content, texts))
              .stream()
              .collect(
                  Collectors.toMap(
                      IdeaSuggestionDetails::suggestion,
                      idea -> idea.relevanceScore().doubleValue()));
      for (String on : creator.onTopic()) {
        for (String off : creator.offTopic()) {
          pairs++;
          double on1 = scores.get(on);
          double off1 = scores.get(off);
          correct += on1 > off1 ? 1 : on1 == off1 ? 0.5 : 0;
        }
      }
      double ndcg =
          ndcg(
              texts.stream()
                  .sorted((a, b) -> Double.compare(scores.get(b), scores.get(a)))
                  .map(creator.onTopic()::contains)
                  .toList(),
              creator.onTopic().size());
      ndcgSum += ndcg;
      System.out.printf(
          "  %-18s on-topic %s | off-topic %s | NDCG %.3f%n",
          creator.name(),
          values(creator.onTopic(), scores),
          values(creator.offTopic(), scores),
          ndcg);
    }
    System.out.printf(
        "pairwise accuracy (on-topic above off-topic): %.3f over %.0f pairs; mean NDCG %.3f%n",
        correct / pairs, pairs, ndcgSum / CreatorCorpus.ALL.size());
  }

  private static double ndcg(List<Boolean> ranked, int relevant) {
    double dcg = 0;
    double ideal = 0;
    for (int i = 0; i < ranked.size(); i++) {
      double discount = Math.log(i + 2) / Math.log(2);
      dcg += ranked.get(i) ? 1 / discount : 0;
      ideal += i < relevant ? 1 / discount : 0;
    }
    return dcg / ideal;
  }

  private static String values(List<String> texts, Map<String, Double> scores) {
    return Arrays.toString(texts.stream().mapToDouble(scores::get).toArray());
  }

  private static void asSystem(TransactionTemplate transactions, Runnable work) {
    DatabaseActors.runAs(
        DatabaseActor.system(), () -> transactions.executeWithoutResult(status -> work.run()));
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
