--liquibase formatted sql

--changeset segmint:content-replace-function-content-search-page splitStatements:false rollbackSplitStatements:false
--comment: one page of search hits, now with a bounded ranking: the newest p_ranked live matches the caller may see are ranked (ts_rank, best first, then id), and the older matches follow, newest first, so every match stays reachable. Ranking every match cost 1.6 s for a word in a fifth of 1M contents; finding the newest matches walks content_live_created_at_id_idx (or, for a creator, their (user_id, created_at) index) and stops, while a rare word still starts from the GIN index. The caller's rule restates the content_select policy as 0561 did (author, admins and jobs, team members of a workflow on the content), as two arms for a creator or team member (their own rows newest first, the rows they review) so that each arm can stop early; a creator with under 10,000 rows matches with ts_match_vq, which no index serves, so their own rows are the start. A page continues after a ranked hit (p_after_rank, p_after_id) or after an older one (p_after_created_at, p_after_id); ordinal orders the page. EXECUTE ... USING plans every call with the caller's values. pg_temp is searched last so no temporary table can stand in for content.
DROP FUNCTION content_search_page(tsquery, float8, int, int);
CREATE FUNCTION content_search_page(
    p_query tsquery, p_after_rank float8, p_after_created_at timestamptz, p_after_id int,
    p_limit int, p_ranked int)
    RETURNS TABLE (id int, rank float8, created_at timestamptz, ranked boolean, ordinal int)
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog, pg_temp
AS $$
DECLARE
    caller int := app_user_id();
    privileged boolean := is_privileged();
    own_rows int := 0;
    text_match text := 'c.search_vector @@ $1';
    matches text;
BEGIN
    IF NOT privileged THEN
        SELECT count(*) INTO own_rows
        FROM (SELECT 1 FROM content WHERE user_id = caller LIMIT 10000) own;
        IF own_rows < 10000 THEN
            text_match := 'ts_match_vq(c.search_vector, $1)';
        END IF;
    END IF;
    -- the caller's live matches before a bound (%1$s) in (created_at, id), newest first, at most %2$s
    IF privileged THEN
        matches := format($matches$
            SELECT c.id, c.created_at, c.search_vector
            FROM content c
            WHERE %1$s AND c.deleted_at IS NULL AND %%1$s
            ORDER BY c.created_at DESC, c.id DESC
            LIMIT %%2$s
        $matches$, text_match);
    ELSE
        matches := format($matches$
            SELECT visible.*
            FROM ((SELECT c.id, c.created_at, c.search_vector
                   FROM content c
                   WHERE c.user_id = $6 AND %1$s AND c.deleted_at IS NULL AND %%1$s
                   ORDER BY c.created_at DESC, c.id DESC
                   LIMIT %%2$s)
                  UNION ALL
                  SELECT c.id, c.created_at, c.search_vector
                  FROM content c
                  WHERE c.id = ANY (ARRAY(
                          SELECT w.content_id
                          FROM team_member t
                          JOIN approval_workflow w ON w.id = t.workflow_id
                          WHERE t.member_id = $6))
                    AND c.user_id IS DISTINCT FROM $6
                    AND %1$s AND c.deleted_at IS NULL AND %%1$s) visible
            ORDER BY visible.created_at DESC, visible.id DESC
            LIMIT %%2$s
        $matches$, text_match);
    END IF;
    IF p_after_created_at IS NOT NULL THEN
        RETURN QUERY EXECUTE format($older$
            SELECT o.id, ts_rank(o.search_vector, $1)::float8, o.created_at, false,
                   row_number() OVER (ORDER BY o.created_at DESC, o.id DESC)::int
            FROM (%s) o
        $older$, format(matches, '(c.created_at, c.id) < ($3, $4)', '$5'))
        USING p_query, p_after_rank, p_after_created_at, p_after_id, p_limit, caller, p_ranked;
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format($page$
        WITH candidate AS MATERIALIZED (%s),
        page AS (
            SELECT r.id, r.rank, r.created_at
            FROM (SELECT candidate.id, candidate.created_at,
                         ts_rank(candidate.search_vector, $1)::float8 AS rank
                  FROM candidate) r
            WHERE $2 IS NULL OR r.rank < $2 OR (r.rank = $2 AND r.id > $4)
            ORDER BY r.rank DESC, r.id
            LIMIT $5
        ),
        boundary AS (
            SELECT candidate.created_at, candidate.id
            FROM candidate
            WHERE (SELECT count(*) FROM candidate) = $7
              AND (SELECT count(*) FROM page) < $5
            ORDER BY candidate.created_at, candidate.id
            LIMIT 1
        )
        SELECT page.id, page.rank, page.created_at, true,
               row_number() OVER (ORDER BY page.rank DESC, page.id)::int
        FROM page
        UNION ALL
        SELECT o.id, ts_rank(o.search_vector, $1)::float8, o.created_at, false,
               ($5 + row_number() OVER (ORDER BY o.created_at DESC, o.id DESC))::int
        FROM boundary b
        CROSS JOIN LATERAL (%s) o
    $page$, format(matches, 'true', '$7'),
        format(matches, '(c.created_at, c.id) < (b.created_at, b.id)', '$5'))
    USING p_query, p_after_rank, p_after_created_at, p_after_id, p_limit, caller, p_ranked;
END
$$;
--rollback DROP FUNCTION content_search_page(tsquery, float8, timestamptz, int, int, int);
--rollback CREATE FUNCTION content_search_page(p_query tsquery, p_after_rank float8, p_after_id int, p_limit int)
--rollback     RETURNS TABLE (id int, rank float8)
--rollback     LANGUAGE plpgsql
--rollback     STABLE
--rollback     SECURITY DEFINER
--rollback     SET search_path = segmint, pg_catalog, pg_temp
--rollback AS $$
--rollback DECLARE
--rollback     caller int := app_user_id();
--rollback     privileged boolean := is_privileged();
--rollback     own_rows int := 0;
--rollback     text_match text := 'c.search_vector @@ $1';
--rollback BEGIN
--rollback     IF NOT privileged THEN
--rollback         SELECT count(*) INTO own_rows
--rollback         FROM (SELECT 1 FROM content WHERE user_id = caller LIMIT 10000) own;
--rollback         IF own_rows < 10000 THEN
--rollback             text_match := 'ts_match_vq(c.search_vector, $1)';
--rollback         END IF;
--rollback     END IF;
--rollback     RETURN QUERY EXECUTE format($query$
--rollback         SELECT hit.id, hit.rank
--rollback         FROM (
--rollback             SELECT c.id, ts_rank(c.search_vector, $1)::float8 AS rank
--rollback             FROM content c
--rollback             WHERE %s
--rollback               AND c.deleted_at IS NULL
--rollback               AND ($5
--rollback                    OR c.user_id = $6
--rollback                    OR c.id = ANY (ARRAY(
--rollback                        SELECT w.content_id
--rollback                        FROM team_member t
--rollback                        JOIN approval_workflow w ON w.id = t.workflow_id
--rollback                        WHERE t.member_id = $6)))
--rollback         ) hit
--rollback         WHERE $2 IS NULL OR hit.rank < $2 OR (hit.rank = $2 AND hit.id > $3)
--rollback         ORDER BY hit.rank DESC, hit.id
--rollback         LIMIT $4
--rollback     $query$, text_match)
--rollback     USING p_query, p_after_rank, p_after_id, p_limit, privileged, caller;
--rollback END
--rollback $$;
--rollback REVOKE EXECUTE ON FUNCTION content_search_page(tsquery, float8, int, int) FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION content_search_page(tsquery, float8, int, int) TO segmint_app;

--changeset segmint:content-grant-function-content-search-page-ranked
--comment: the application only, as before
REVOKE EXECUTE ON FUNCTION content_search_page(tsquery, float8, timestamptz, int, int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION content_search_page(tsquery, float8, timestamptz, int, int, int) TO segmint_app;
--rollback GRANT EXECUTE ON FUNCTION content_search_page(tsquery, float8, timestamptz, int, int, int) TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION content_search_page(tsquery, float8, timestamptz, int, int, int) FROM segmint_app;
