package com.segmint.publishing.web;

import com.segmint.common.InvalidRequest;
import com.segmint.publishing.PostDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Schedules one content to up to ten connected profiles at one moment, each with its own post; or,
 * in short, {@code socialProfileIds} with one shared {@code text}. The time is a string so that a
 * time without an offset or zone is refused by name rather than guessed in the server's zone.
 */
record SchedulePostRequest(
    @NotNull @Positive Integer contentId,
    @Schema(description = "One post per profile, each with its own text, media and thread flag")
        @Size(max = 10)
        List<@NotNull @Valid PostRequest> posts,
    @Schema(description = "Short form of posts: these profiles, all with text") @Size(max = 10)
        List<@NotNull @Positive Integer> socialProfileIds,
    @Schema(description = "With socialProfileIds: the text for all; the content's body if absent")
        @Size(max = 10_000)
        String text,
    @NotBlank
        @Size(max = 100)
        @Schema(
            description =
                "ISO-8601 with an offset or Z, or a local date-time with timeZone;"
                    + " a local time skipped or repeated by a DST change is refused",
            example = "2026-12-01T09:00:00+01:00")
        String scheduledTime,
    @Schema(description = "IANA time zone of a local scheduledTime", example = "Europe/Berlin")
        @Size(max = 64)
        String timeZone) {

  /**
   * @throws InvalidRequest naming {@code scheduledTime} or {@code timeZone}
   */
  OffsetDateTime scheduledAt(Instant now) {
    return RequestedTime.resolve(scheduledTime, timeZone, now);
  }

  /**
   * @throws InvalidRequest naming {@code posts} when neither or both forms are given
   */
  List<PostDraft> drafts() {
    boolean full = posts != null && !posts.isEmpty();
    boolean shortForm = socialProfileIds != null && !socialProfileIds.isEmpty();
    if (full == shortForm) {
      throw new InvalidRequest(
          "posts", "give posts, or socialProfileIds (with an optional text), but not both");
    }
    if (shortForm) {
      return socialProfileIds.stream().map(id -> PostDraft.of(id, text)).toList();
    }
    if (text != null) {
      throw new InvalidRequest("text", "with posts, each post has its own text");
    }
    return IntStream.range(0, posts.size())
        .mapToObj(index -> draft(index, posts.get(index)))
        .toList();
  }

  private static PostDraft draft(int index, PostRequest post) {
    List<UUID> media = post.mediaIds() == null ? List.of() : post.mediaIds();
    if (new HashSet<>(media).size() < media.size()) {
      throw new InvalidRequest(
          "posts[%d].mediaIds".formatted(index), "mediaIds must not repeat a media id");
    }
    return new PostDraft(
        post.socialProfileId(), post.text(), media, Boolean.TRUE.equals(post.thread()));
  }
}
