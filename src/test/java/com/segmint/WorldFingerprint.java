package com.segmint;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of every row a refused call could have touched: the given users' accounts, everything
 * the owner has (content, suggestions, posts, profiles, workflows, members, decisions) and the
 * platform catalog, read as superuser so that row-level security hides nothing. The owner's rows
 * are looked up by their ids (index scans), whatever the statistics of big tables say.
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
          WHERE i.content_id = ANY (ARRAY(SELECT id FROM segmint.content WHERE user_id = ?))),
        (SELECT string_agg(to_jsonb(p)::text, ',' ORDER BY p.id) FROM segmint.platform_post p
          WHERE p.content_id = ANY (ARRAY(SELECT id FROM segmint.content WHERE user_id = ?))),
        (SELECT string_agg(to_jsonb(s)::text, ',' ORDER BY s.id) FROM segmint.social_profile s
          WHERE s.user_id = ?),
        (SELECT string_agg(to_jsonb(w)::text, ',' ORDER BY w.id) FROM segmint.approval_workflow w
          WHERE w.user_id = ?),
        (SELECT string_agg(to_jsonb(t)::text, ',' ORDER BY t.id) FROM segmint.team_member t
          WHERE t.workflow_user_id = ?),
        (SELECT string_agg(to_jsonb(d)::text, ',' ORDER BY d.id) FROM segmint.workflow_decision d
          WHERE d.workflow_user_id = ?),
        (SELECT string_agg(to_jsonb(f)::text, ',' ORDER BY f.id) FROM segmint.platform f)))
      """;

  /** The newest id of every table the API writes: an index probe each, however big they are. */
  private static final String TOTALS =
      """
      SELECT concat_ws(',', (SELECT max(id) FROM segmint.users),
        (SELECT max(id) FROM segmint.content), (SELECT max(id) FROM segmint.idea_suggestion),
        (SELECT max(id) FROM segmint.platform_post), (SELECT max(id) FROM segmint.social_profile),
        (SELECT max(id) FROM segmint.approval_workflow), (SELECT max(id) FROM segmint.team_member),
        (SELECT max(id) FROM segmint.platform), (SELECT max(id) FROM segmint.refresh_token),
        (SELECT max(id) FROM segmint.workflow_decision))
      """;

  private final JdbcTemplate superuser;

  WorldFingerprint(JdbcTemplate superuser) {
    this.superuser = superuser;
  }

  /** Whether any table the API writes has a new row, whoever owns it. */
  String totals() {
    return superuser.queryForObject(TOTALS, String.class);
  }

  String of(int owner, List<Integer> users) {
    String userIds = users.stream().map(String::valueOf).toList().toString();
    String array = "{" + userIds.substring(1, userIds.length() - 1) + "}";
    return superuser.queryForObject(
        DIGEST, String.class, array, owner, owner, owner, owner, owner, owner, owner);
  }
}
