--liquibase formatted sql

--changeset segmint:content-replace-function-content-search-page splitStatements:false rollbackSplitStatements:false
--comment: one page of search hits with a bounded ranking: the newest p_ranked live matches the caller may see are ranked (ts_rank, best first, then id) and the older matches follow, newest first, so every match stays reachable; ranking every match cost 1.6 s for a word in a fifth of 1M contents. The caller's rule restates the content_select policy as 0561 did (author, admins and jobs, team members of a workflow on the content): the main arm reads every row (admins, jobs) or the caller's own, the reviewed arm the ids the caller reviews. How the main arm finds its newest matches depends on the estimated matches of the query's most frequent word (EXPLAIN of each word's match; for an AND the planner assumes the words independent, so words that go together looked rare): a common query walks the rows newest first (content_live_created_at_id_idx, or the creator's (user_id, created_at) index) within a budget of rows, three times what the estimate needs, and falls back to every match through the GIN index if the budget runs out; a rare one starts from the GIN index, materialized so the planner cannot walk the table in time order for a LIMIT hoping to meet matches that are not there (a word estimated at 0.5 % but in one row of 1M took 0.9 s that way). A creator with under 2,000 rows (0561 counted to 10,000; that count cost a majority owner 3 ms) matches their own rows newest first with ts_match_vq, which no index serves. A page continues after a ranked hit (p_after_rank, p_after_id) or after an older one (p_after_created_at, p_after_id); ordinal orders the page. EXECUTE ... USING plans every call with the caller's values. VOLATILE because PostgreSQL runs no EXPLAIN in a STABLE function; it writes nothing. pg_temp is searched last so no temporary table can stand in for content.
DROP FUNCTION content_search_page(tsquery, float8, int, int);
CREATE FUNCTION content_search_page(
    p_query tsquery, p_after_rank float8, p_after_created_at timestamptz, p_after_id int,
    p_limit int, p_ranked int)
    RETURNS TABLE (id int, rank float8, created_at timestamptz, ranked boolean, ordinal int)
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog, pg_temp
AS $$
DECLARE
    caller int := app_user_id();
    privileged boolean := is_privileged();
    -- $1 query, $2 caller, $3 how many, ($4, $5) the (created_at, id) they come before,
    -- $6 the rows a newest-first walk may read (NULL: no bound), $7 the first ordinal less one
    own_rows text := CASE WHEN privileged THEN 'true' ELSE 'c.user_id = $2' END;
    newest_first text := $sql$
        SELECT r.id, r.created_at, r.search_vector
        FROM (SELECT c.id, c.created_at, c.search_vector
              FROM content c
              WHERE %s AND c.deleted_at IS NULL AND (c.created_at, c.id) < ($4, $5)
              ORDER BY c.created_at DESC, c.id DESC
              LIMIT $6) r
        WHERE r.search_vector @@ $1
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT $3 $sql$;
    every_match text := $sql$
        WITH m AS MATERIALIZED (
            SELECT c.id, c.created_at, c.search_vector
            FROM content c
            WHERE %s AND c.search_vector @@ $1 AND c.deleted_at IS NULL
              AND (c.created_at, c.id) < ($4, $5))
        SELECT m.* FROM m ORDER BY m.created_at DESC, m.id DESC LIMIT $3 $sql$;
    few_own_rows text := $sql$
        SELECT c.id, c.created_at, c.search_vector
        FROM content c
        WHERE c.user_id = $2 AND ts_match_vq(c.search_vector, $1) AND c.deleted_at IS NULL
          AND (c.created_at, c.id) < ($4, $5)
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT $3 $sql$;
    reviewed text := CASE WHEN privileged
        THEN 'SELECT NULL::int, NULL::timestamptz, NULL::tsvector WHERE false'
        ELSE $sql$
        SELECT c.id, c.created_at, c.search_vector
        FROM content c
        WHERE c.id = ANY (ARRAY(
                SELECT w.content_id
                FROM team_member t
                JOIN approval_workflow w ON w.id = t.workflow_id
                WHERE t.member_id = $2))
          AND c.user_id IS DISTINCT FROM $2 AND ts_match_vq(c.search_vector, $1)
          AND c.deleted_at IS NULL AND (c.created_at, c.id) < ($4, $5) $sql$ END;
    main text;
    common boolean := false;
    budget int;
    estimate json;
    lexeme text;
    matches float8 := 0;
    main_found int;
    ids int[];
    times timestamptz[];
    ranks float8[];
    returned int := 0;
BEGIN
    IF NOT privileged
       AND (SELECT count(*) FROM (SELECT 1 FROM content c WHERE c.user_id = caller LIMIT 2000) o) < 2000
    THEN
        main := few_own_rows;
    ELSE
        -- the most frequent word's estimate: the planner multiplies the words of an AND as if
        -- independent, and words that go together (the bench's "kubernetes retention") would
        -- then look rare and have every match read
        FOR lexeme IN
            SELECT DISTINCT w.m[1]
            FROM regexp_matches(p_query::text, '''((?:[^'']|'''')+)''', 'g') AS w(m)
        LOOP
            EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM content c WHERE c.search_vector @@ $1'
                INTO estimate USING plainto_tsquery('simple', replace(lexeme, '''''', ''''));
            matches := greatest(matches, (estimate -> 0 -> 'Plan' ->> 'Plan Rows')::float8);
        END LOOP;
        common := matches > 20.0 * p_ranked;
        IF common THEN
            budget := least(50.0 * p_ranked, 1e9, ceil(3.0 * p_ranked * (SELECT greatest(reltuples, 1)
                FROM pg_class WHERE oid = 'content'::regclass) / matches));
            main := format(newest_first, own_rows);
        ELSE
            main := format(every_match, own_rows);
        END IF;
    END IF;
    IF p_after_created_at IS NULL THEN
        LOOP
            EXECUTE format($sql$
                WITH main AS MATERIALIZED (%s),
                newest AS (
                    SELECT * FROM main
                    UNION ALL
                    SELECT * FROM (%s) reviewed
                    ORDER BY 2 DESC, 1 DESC
                    LIMIT $3)
                SELECT array_agg(n.id ORDER BY n.created_at DESC, n.id DESC),
                       array_agg(n.created_at ORDER BY n.created_at DESC, n.id DESC),
                       array_agg(ts_rank(n.search_vector, $1)::float8
                                 ORDER BY n.created_at DESC, n.id DESC),
                       (SELECT count(*) FROM main)::int
                FROM newest n $sql$, main, reviewed)
                INTO ids, times, ranks, main_found
                USING p_query, caller, p_ranked, 'infinity'::timestamptz, 2147483647, budget;
            EXIT WHEN NOT common OR main_found = p_ranked;
            common := false;
            main := format(every_match, own_rows);
        END LOOP;
        RETURN QUERY
            SELECT u.id, u.rank, u.created_at, true,
                   (row_number() OVER (ORDER BY u.rank DESC, u.id))::int
            FROM unnest(ids, times, ranks) AS u(id, created_at, rank)
            WHERE p_after_rank IS NULL OR u.rank < p_after_rank
               OR (u.rank = p_after_rank AND u.id > p_after_id)
            ORDER BY u.rank DESC, u.id
            LIMIT p_limit;
        GET DIAGNOSTICS returned = ROW_COUNT;
        IF returned = p_limit OR coalesce(cardinality(ids), 0) < p_ranked THEN
            RETURN;
        END IF;
        p_after_created_at := times[p_ranked];
        p_after_id := ids[p_ranked];
    END IF;
    RETURN QUERY EXECUTE format($sql$
        SELECT v.id, ts_rank(v.search_vector, $1)::float8, v.created_at, false,
               ($7 + row_number() OVER (ORDER BY v.created_at DESC, v.id DESC))::int
        FROM (SELECT * FROM (%s) main
              UNION ALL
              SELECT * FROM (%s) reviewed
              ORDER BY 2 DESC, 1 DESC
              LIMIT $3) v $sql$, main, reviewed)
        USING p_query, caller, p_limit - returned, p_after_created_at, p_after_id, NULL::int,
              returned;
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
