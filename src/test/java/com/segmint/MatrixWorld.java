package com.segmint;

import com.segmint.common.ETags;
import com.segmint.support.Fixtures;
import com.segmint.support.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security matrix's one world: an owner with content (reviewed by a team member), a social
 * profile, a scheduled post, an idea suggestion and a workflow; a second creator; an admin. Each
 * cell resolves {@code {name}} placeholders through {@link #cell}, which makes the {@code fresh…}
 * resources once per cell, so no destructive cell depends on another.
 */
final class MatrixWorld {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  final Map<String, Object> seeded = new HashMap<>();

  final int owner = fixtures.user("creator");
  final int other = fixtures.user("creator");
  final int member = fixtures.user("team_member");
  final int admin = fixtures.user("admin");
  final int content = fixtures.content(owner, "Matrix launch", "The matrix launches on Monday");
  final int profile = fixtures.socialProfile(owner, "LinkedIn");
  final int post = fixtures.scheduledPost(owner, content, profile);
  final int idea = fixtures.ideaSuggestion(owner, content, "Write about the matrix", "0.9");
  final int workflow = fixtures.workflow(owner, content, member, "reviewer");
  final long notification = fixtures.notification(owner, "The matrix was approved");
  final UUID media = fixtures.media(owner, "image");

  MatrixWorld() {
    seeded.putAll(
        Map.of(
            "owner", owner,
            "other", other,
            "member", member,
            "admin", admin,
            "content", content,
            "profile", profile,
            "post", post,
            "idea", idea,
            "workflow", workflow,
            "notification", notification));
    seeded.put("media", media);
    seeded.putAll(
        superuser.queryForMap(
            "SELECT id AS platform, name AS \"platformName\", code::text AS \"platformCode\","
                + " api_endpoint AS \"platformEndpoint\" FROM segmint.platform"
                + " WHERE code = 'YouTube'"));
  }

  int userOf(Caller caller) {
    return switch (caller) {
      case ANONYMOUS -> 0;
      case OWNER -> owner;
      case OTHER_CREATOR -> other;
      case TEAM_MEMBER -> member;
      case ADMIN -> admin;
    };
  }

  Cell cell(Caller caller) {
    return new Cell(caller);
  }

  /** The placeholders of one cell: the seeded world, plus fresh rows made on first mention. */
  final class Cell {

    private final Caller caller;
    private final Map<String, Object> values = new HashMap<>(seeded);

    private Cell(Caller caller) {
      this.caller = caller;
    }

    String resolve(String template) {
      if (template == null) {
        return null;
      }
      Matcher matcher = PLACEHOLDER.matcher(template);
      StringBuilder resolved = new StringBuilder();
      while (matcher.find()) {
        matcher.appendReplacement(resolved, Matcher.quoteReplacement(value(matcher.group(1))));
      }
      return matcher.appendTail(resolved).toString();
    }

    String value(String name) {
      if (!values.containsKey(name)) {
        values.put(name, fresh(name));
      }
      return String.valueOf(values.get(name));
    }

    boolean has(String name) {
      return values.containsKey(name);
    }

    int id(String name) {
      return Integer.parseInt(value(name));
    }

    private Object fresh(String name) {
      return switch (name) {
        case "freshContent" -> fixtures.content(owner, Fixtures.unique("Fresh"), "A fresh body");
        case "freshReviewedContent" -> reviewed(id("freshContent"));
        case "freshContentETag" -> etag("content", id("freshReviewedContent"));
        case "freshTrashedContent" -> trashed(id("freshReviewedContent"));
        case "freshIdea" ->
            fixtures.ideaSuggestion(owner, id("freshReviewedContent"), "Idea", "0.5");
        case "freshPost" -> scheduledThenReviewed(id("freshContent"));
        case "freshPostETag" -> etag("platform_post", id("freshPost"));
        case "freshUnknownPost" -> unknown(id("freshPost"));
        case "freshWorkflow" -> fixtures.workflow(owner, id("freshContent"), member, "reviewer");
        case "freshProfile" -> fixtures.socialProfile(owner, "Twitter");
        case "freshProfileETag" -> etag("social_profile", id("freshProfile"));
        case "freshUser" -> fixtures.user("creator");
        case "freshUserETag" -> etag("users", id("freshUser"));
        case "freshTeamUser" -> fixtures.user("team_member");
        case "platformETag" -> etag("platform", id("platform"));
        case "myETag" -> caller == Caller.ANONYMOUS ? ETags.of(1) : etag("users", userOf(caller));
        case "unique" -> Fixtures.unique("m");
        case "future" -> OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0).toString();
        default -> throw new IllegalArgumentException("No placeholder " + name);
      };
    }

    private int reviewed(int contentId) {
      values.put("freshWorkflow", fixtures.workflow(owner, contentId, member, "reviewer"));
      return contentId;
    }

    /** Scheduled before its workflow opens: an unapproved workflow forbids scheduling. */
    private int scheduledThenReviewed(int contentId) {
      int post = fixtures.scheduledPost(owner, contentId, profile);
      values.put("freshReviewedContent", reviewed(contentId));
      return post;
    }

    private int unknown(int postId) {
      superuser.update("UPDATE segmint.platform_post SET status = 'unknown' WHERE id = ?", postId);
      return postId;
    }

    private int trashed(int contentId) {
      superuser.update("UPDATE segmint.content SET deleted_at = now() WHERE id = ?", contentId);
      return contentId;
    }

    private String etag(String table, int id) {
      return ETags.of(
          superuser.queryForObject(
              "SELECT version FROM segmint." + table + " WHERE id = ?", Integer.class, id));
    }
  }

  enum Caller {
    ANONYMOUS,
    OWNER,
    OTHER_CREATOR,
    TEAM_MEMBER,
    ADMIN
  }
}
