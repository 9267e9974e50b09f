package com.segmint;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of every row a refused call could have touched: the given users' accounts, everything
 * the owner has (content, suggestions, posts, profiles, workflows, members) and the platform
 * catalog, read as superuser so that row-level security hides nothing.
 */
final class WorldFingerprint {

  private static final String DIGEST =
      """
      SELECT md5(concat_ws('|',
        (SELECT string_agg(to_jsonb(u)::text, ',' ORDER BY u.id) FROM segmint.users u
          WHERE u.id = ANY (?::int[])),
        (SELECT string_agg(to_jsonb(c)::text, ',' ORDER BY c.id) FROM segmint.content c
          WHERE c.user_id = ?),
        (SELECT string_agg(to_jsonb(i)::text, ',' ORDER BY i.id) FROM segmint.idea_suggestion i
          JOIN segmint.content c ON c.id = i.content_id WHERE c.user_id = ?),
        (SELECT string_agg(to_jsonb(p)::text, ',' ORDER BY p.id) FROM segmint.platform_post p
          JOIN segmint.content c ON c.id = p.content_id WHERE c.user_id = ?),
        (SELECT string_agg(to_jsonb(s)::text, ',' ORDER BY s.id) FROM segmint.social_profile s
          WHERE s.user_id = ?),
        (SELECT string_agg(to_jsonb(w)::text, ',' ORDER BY w.id) FROM segmint.approval_workflow w
          WHERE w.user_id = ?),
        (SELECT string_agg(to_jsonb(t)::text, ',' ORDER BY t.id) FROM segmint.team_member t
          WHERE t.workflow_user_id = ?),
        (SELECT string_agg(to_jsonb(f)::text, ',' ORDER BY f.id) FROM segmint.platform f)))
      """;

  private static final String TOTALS =
      """
      SELECT concat_ws(',', (SELECT count(*) FROM segmint.users),
        (SELECT count(*) FROM segmint.content), (SELECT count(*) FROM segmint.idea_suggestion),
        (SELECT count(*) FROM segmint.platform_post), (SELECT count(*) FROM segmint.social_profile),
        (SELECT count(*) FROM segmint.approval_workflow), (SELECT count(*) FROM segmint.team_member),
        (SELECT count(*) FROM segmint.platform), (SELECT count(*) FROM segmint.refresh_token))
      """;

  private final JdbcTemplate superuser;

  WorldFingerprint(JdbcTemplate superuser) {
    this.superuser = superuser;
  }

  /** How many rows every table the API writes holds, whoever owns them. */
  String totals() {
    return superuser.queryForObject(TOTALS, String.class);
  }

  String of(int owner, List<Integer> users) {
    String userIds = users.stream().map(String::valueOf).toList().toString();
    String array = "{" + userIds.substring(1, userIds.length() - 1) + "}";
    return superuser.queryForObject(
        DIGEST, String.class, array, owner, owner, owner, owner, owner, owner);
  }
}
