package com.segmint.content.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.content.authoring.ContentDetails;
import com.segmint.content.authoring.ContentDraft;
import com.segmint.content.authoring.ContentService;
import com.segmint.content.ideas.IdeaSuggestionDetails;
import com.segmint.content.ideas.PersonalIdeas;
import com.segmint.engine.CreatorCorpus;
import com.segmint.engine.embedding.TextEmbeddings;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A content's text is embedded when it is saved, after the commit and off the request, so that idea
 * requests find the creator's history embedded; what was saved without it is backfilled, and a
 * request still embeds whatever is missing.
 */
@SegmintIntegrationTest
class EmbedOnSaveTests {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired ContentService contents;
  @Autowired PersonalIdeas ideas;
  @Autowired TextEmbeddings embeddings;
  @Autowired EmbeddingBackfill backfill;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldStoreTheEmbeddingOfANewContentWithoutAnyIdeaRequest() {
    int user = fixtures.user("creator");
    String title = Fixtures.unique("Proofing baskets");
    String body = "Why a linen-lined banneton gives a crisper crust than a bowl.";

    as(user, () -> contents.create(new ContentDraft(title, body, "casual")));

    awaitStored(List.of(title + "\n" + body));
  }

  @Test
  void shouldEmbedTheNewTextOfAnEditedOrExtendedContent() {
    int user = fixtures.user("creator");
    ContentDetails first =
        as(
            user,
            () -> contents.create(new ContentDraft("Hill repeats", "Six times uphill.", "casual")));
    String title = Fixtures.unique("Hill repeats, revised");
    String body = "Eight times up a six percent grade, jogging back down.";

    ContentDetails edited =
        as(
            user,
            () ->
                contents.update(
                    first.id(), first.version(), new ContentDraft(title, body, "casual")));
    awaitStored(List.of(title + "\n" + body));
    String idea = "Add strides after the last repeat.";
    as(user, () -> contents.append(edited.id(), idea));

    awaitStored(List.of(title + "\n" + body + "\n\n" + idea));
  }

  @Test
  void shouldBackfillContentsSavedWithoutTheEvent() {
    int user = fixtures.user("creator");
    List<String> texts = new ArrayList<>();
    for (String post : CreatorCorpus.ILLUSTRATOR.posts()) {
      String[] parts = post.split("\n", 2);
      String title = Fixtures.unique(parts[0]);
      fixtures.content(user, title, parts[1]);
      texts.add(title + "\n" + parts[1]);
    }
    assertThat(texts).noneMatch(StoredEmbeddings::contains);

    int embedded = backfill.embedAllMissing();

    assertThat(embedded).isGreaterThanOrEqualTo(texts.size());
    assertThat(texts).allMatch(StoredEmbeddings::contains);
  }

  @Test
  void shouldScoreIdeasForAnEmbeddedHistoryWithoutComputingAnyEmbedding() {
    int user = fixtures.user("creator");
    History history = writeHistory(user, CreatorCorpus.BAKER);
    List<String> own = CreatorCorpus.BAKER.onTopic();
    embeddings.of(own);
    awaitStored(history.texts());
    awaitNoContentEventOutstanding();
    long before = embeddings.computedCount();

    List<IdeaSuggestionDetails> scored = as(user, () -> ideas.addOwn(history.contentId(), own));

    assertThat(scored).hasSize(own.size());
    assertThat(embeddings.computedCount() - before).isZero();
  }

  @Test
  void shouldEmbedAMissingHistoryOnRequestAndScoreAsIfItHadBeenEmbeddedOnSave() {
    int user = fixtures.user("creator");
    History history = writeHistory(user, CreatorCorpus.RUNNER);
    List<String> unembedded = new ArrayList<>();
    for (String post : CreatorCorpus.PLATFORM_ENGINEER.posts()) {
      String[] parts = post.split("\n", 2);
      String title = Fixtures.unique(parts[0]);
      fixtures.content(user, title, parts[1]);
      unembedded.add(title + "\n" + parts[1]);
    }
    List<String> own = CreatorCorpus.RUNNER.offTopic();
    embeddings.of(own);
    awaitStored(history.texts());
    awaitNoContentEventOutstanding();
    long before = embeddings.computedCount();

    List<IdeaSuggestionDetails> partly = as(user, () -> ideas.addOwn(history.contentId(), own));
    long computed = embeddings.computedCount() - before;
    List<IdeaSuggestionDetails> fully = as(user, () -> ideas.addOwn(history.contentId(), own));

    assertThat(computed).isEqualTo(unembedded.size());
    assertThat(unembedded).allMatch(StoredEmbeddings::contains);
    assertThat(partly)
        .extracting(IdeaSuggestionDetails::relevanceScore)
        .containsExactlyElementsOf(
            fully.stream().map(IdeaSuggestionDetails::relevanceScore).toList());
  }

  /** The creator's posts and then a content to ask ideas for, through the service. */
  private History writeHistory(int user, CreatorCorpus.Creator creator) {
    List<String> texts = new ArrayList<>();
    for (String post : creator.posts()) {
      String[] parts = post.split("\n", 2);
      texts.add(write(user, parts[0], parts[1]).text());
    }
    Written content = write(user, creator.title(), creator.body());
    texts.add(content.text());
    return new History(texts, content.id());
  }

  private Written write(int user, String title, String body) {
    String unique = Fixtures.unique(title);
    ContentDetails written =
        as(user, () -> contents.create(new ContentDraft(unique, body, "casual")));
    return new Written(written.id(), unique + "\n" + body);
  }

  private static void awaitStored(List<String> texts) {
    await().atMost(PATIENCE).until(() -> StoredEmbeddings.containAll(texts));
  }

  /**
   * Until no listener embeds anything (other tests' recent saves included), so counts are this
   * test's own; an incomplete publication from long ago belongs to a listener that failed.
   */
  private static void awaitNoContentEventOutstanding() {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                Sessions.call(
                        TestDatabase.get().app(),
                        DatabaseActor.system(),
                        sql ->
                            sql.queryForObject(
                                "SELECT count(*) FROM segmint.event_publication"
                                    + " WHERE event_type LIKE '%ContentTextChanged'"
                                    + " AND completion_date IS NULL"
                                    + " AND publication_date > now() - interval '10 minutes'",
                                Integer.class))
                    == 0);
  }

  private static <T> T as(int user, Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.user(user, "creator"), work);
  }

  /** Texts as embedded, the last the content's own. */
  private record History(List<String> texts, int contentId) {}

  private record Written(int id, String text) {}
}
