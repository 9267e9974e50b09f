--liquibase formatted sql

--changeset segmint:analytics-create-materialized-view-post-stats
--comment: posts per content owner (0 once the author is erased), platform and UTC month of scheduled_time. Created WITH DATA: a concurrent refresh needs a populated view.
CREATE MATERIALIZED VIEW analytics_post_stats AS
SELECT coalesce(c.user_id, 0)                                   AS user_key,
       pp.platform_id,
       date_trunc('month', pp.scheduled_time, 'UTC')            AS month,
       count(*)                                                 AS total_posts,
       count(*) FILTER (WHERE pp.status = 'posted')             AS posted,
       count(*) FILTER (WHERE pp.status = 'scheduled')          AS scheduled,
       count(*) FILTER (WHERE pp.status = 'failed')             AS failed,
       count(*) FILTER (WHERE pp.status = 'unknown')            AS unknown,
       max(pp.posted_at)                                        AS last_posted_at
FROM platform_post pp
JOIN content c ON c.id = pp.content_id
GROUP BY coalesce(c.user_id, 0), pp.platform_id, date_trunc('month', pp.scheduled_time, 'UTC')
WITH DATA;
--rollback DROP MATERIALIZED VIEW analytics_post_stats;

--changeset segmint:analytics-create-index-post-stats-key
--comment: a unique index on plain columns is what REFRESH ... CONCURRENTLY requires
CREATE UNIQUE INDEX analytics_post_stats_key ON analytics_post_stats (user_key, platform_id, month);
--rollback DROP INDEX analytics_post_stats_key;

--changeset segmint:analytics-create-function-refresh-analytics splitStatements:false
--comment: the view's query runs as its owner under forced row-level security, so it acts as role system while refreshing: whoever calls it, the view counts every post
CREATE FUNCTION refresh_analytics() RETURNS void
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    caller_role text := current_setting('app.role', true);
BEGIN
    -- a refresh under a creator's role would see only that creator's posts and drop the rest
    PERFORM set_config('app.role', 'system', true);
    REFRESH MATERIALIZED VIEW CONCURRENTLY segmint.analytics_post_stats;
    PERFORM set_config('app.role', coalesce(caller_role, ''), true);
END
$$;
--rollback DROP FUNCTION refresh_analytics();

--changeset segmint:analytics-grant-function-refresh-analytics
REVOKE EXECUTE ON FUNCTION refresh_analytics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refresh_analytics() TO segmint_app;
--rollback GRANT EXECUTE ON FUNCTION refresh_analytics() TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION refresh_analytics() FROM segmint_app;

--changeset segmint:analytics-create-view-user-post-stats
--comment: the application's window on the statistics: the acting user's own rows, or all for admins and jobs
CREATE VIEW analytics_user_post_stats WITH (security_barrier = true) AS
SELECT s.user_key,
       s.platform_id,
       s.month,
       s.total_posts,
       s.posted,
       s.scheduled,
       s.failed,
       s.unknown,
       s.last_posted_at
FROM analytics_post_stats s
WHERE s.user_key = app_user_id() OR is_privileged();
--rollback DROP VIEW analytics_user_post_stats;

--changeset segmint:analytics-grant-view-user-post-stats-app
GRANT SELECT ON analytics_user_post_stats TO segmint_app;
--rollback REVOKE SELECT ON analytics_user_post_stats FROM segmint_app;

--changeset segmint:analytics-grant-post-stats-readonly
GRANT SELECT ON analytics_post_stats TO segmint_readonly;
--rollback REVOKE SELECT ON analytics_post_stats FROM segmint_readonly;
