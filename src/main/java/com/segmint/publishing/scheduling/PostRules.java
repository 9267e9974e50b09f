package com.segmint.publishing.scheduling;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.PlatformTexts;
import com.segmint.publishing.PostDraft;
import com.segmint.publishing.PostText;
import com.segmint.publishing.TextViolation;
import com.segmint.publishing.text.XText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks one post against its platform's rules ({@link PlatformTexts}), with the content's body as
 * the default text and its title as YouTube's; splits an X text into a thread when asked.
 */
@Component
class PostRules {

  private final PlatformTexts texts = new PlatformTexts();

  /**
   * The rules the post breaks, each naming its field as {@code posts[index].…}; empty if none. A
   * null platform (a profile the actor cannot see, which the database refuses) gets only the checks
   * every platform shares.
   */
  List<RuleViolation> violations(
      int index,
      PostDraft draft,
      SocialPlatform platform,
      ContentToSchedule content,
      Map<UUID, String> kinds) {
    String prefix = "posts[" + index + "].";
    String text = textOf(draft, content);
    if (text.indexOf('\u0000') >= 0) {
      return List.of(
          new RuleViolation(prefix + "text", "text-characters", "text must not contain NUL"));
    }
    if (platform == null) {
      return List.of();
    }
    if (draft.thread() && platform != SocialPlatform.Twitter) {
      return List.of(
          new RuleViolation(prefix + "thread", "thread-platform", "only X posts can be threads"));
    }
    return platformViolations(platform, draft, text, content, kinds).stream()
        .map(v -> new RuleViolation(prefix + fieldOf(v), v.rule(), v.message()))
        .toList();
  }

  private List<TextViolation> platformViolations(
      SocialPlatform platform,
      PostDraft draft,
      String text,
      ContentToSchedule content,
      Map<UUID, String> kinds) {
    int images = count(draft, kinds, "image");
    int videos = count(draft, kinds, "video");
    if (draft.thread()) {
      return threadViolations(text, images, videos);
    }
    String title = platform == SocialPlatform.YouTube ? content.title() : null;
    return texts.check(platform, new PostText(title, text, images, videos));
  }

  /** The post as it is stored: its text, and its numbered parts when it is a thread of several. */
  PlannedPost plan(PostDraft draft, ContentToSchedule content) {
    String text = textOf(draft, content);
    List<String> parts = draft.thread() ? texts.xThread(text) : List.of();
    return new PlannedPost(
        draft.socialProfileId(), text, draft.mediaIds(), parts.size() > 1 ? parts : null);
  }

  private List<TextViolation> threadViolations(String text, int images, int videos) {
    List<String> parts = texts.xThread(text);
    if (parts.size() > XText.MAX_THREAD_PARTS) {
      return List.of(
          new TextViolation(
              "text",
              "x-thread-length",
              "X threads here take at most %d posts, this needs %d"
                  .formatted(XText.MAX_THREAD_PARTS, parts.size())));
    }
    List<TextViolation> broken = new ArrayList<>();
    for (int part = 0; part < Math.max(parts.size(), 1); part++) {
      String partText = parts.isEmpty() ? "" : parts.get(part);
      PostText post =
          part == 0 ? new PostText(null, partText, images, videos) : PostText.of(partText);
      broken.addAll(texts.check(SocialPlatform.Twitter, post));
    }
    return broken;
  }

  private static String textOf(PostDraft draft, ContentToSchedule content) {
    return draft.text() != null ? draft.text() : content.body();
  }

  private static int count(PostDraft draft, Map<UUID, String> kinds, String kind) {
    return (int) draft.mediaIds().stream().filter(id -> kind.equals(kinds.get(id))).count();
  }

  private static String fieldOf(TextViolation violation) {
    return violation.field().equals("media") ? "mediaIds" : violation.field();
  }
}
