package com.segmint.content.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.content.authoring.ContentDetails;
import com.segmint.content.authoring.ContentDraft;
import com.segmint.content.authoring.ContentService;
import com.segmint.engine.CreatorCorpus;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Generating ideas holds no lock on the content while the engine works. */
@SegmintIntegrationTest
class PersonalIdeasLockTests {

  private static final int UNEMBEDDED_HISTORY = 150;

  @Autowired PersonalIdeas ideas;
  @Autowired ContentService contents;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldLetTheContentBeEditedWhileItsIdeasAreGenerated() throws Exception {
    int user = fixtures.user("creator");
    String run = Fixtures.unique("history");
    for (int i = 0; i < UNEMBEDDED_HISTORY; i++) {
      String post = CreatorCorpus.BAKER.posts().get(i % CreatorCorpus.BAKER.posts().size());
      fixtures.content(user, run + " " + i, post);
    }
    ContentDetails content =
        as(
            user,
            () ->
                contents.create(
                    new ContentDraft(
                        CreatorCorpus.BAKER.title(), CreatorCorpus.BAKER.body(), "casual")));
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<GeneratedIdeas> generation =
          thread.submit(
              () ->
                  as(
                      user,
                      () -> ideas.generate(content.id(), new IdeaOptions(null, null, null, 5))));
      Thread.sleep(500);

      ContentDetails edited =
          as(
              user,
              () ->
                  contents.update(
                      content.id(),
                      content.version(),
                      new ContentDraft("Edited meanwhile", "A new body.", "casual")));
      boolean generatingWhenEdited = !generation.isDone();

      assertThat(edited.version()).isGreaterThan(content.version());
      assertThat(generatingWhenEdited).as("the edit waited for the generation").isTrue();
      assertThat(generation.get(120, TimeUnit.SECONDS).ideas()).isNotEmpty();
    } finally {
      thread.shutdownNow();
    }
  }

  private static <T> T as(int user, Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.user(user, "creator"), work);
  }
}
