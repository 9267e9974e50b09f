--liquibase formatted sql

--changeset segmint:content-replace-function-content-search-page-recent-hours splitStatements:false rollbackSplitStatements:false
--comment: the window of recent hours (0620-0622): a query that is neither common nor searched by a creator with few rows no longer reads every match through the GIN index but the matches of the newest hours through content_live_created_hour_search_vector_idx, as does the common walk when its budget runs out. The window starts at the newest hours that hold about 2 x p_ranked matches by the most frequent word's estimate (the share of rows 2 x p_ranked / estimate, turned into a first hour by the planner's estimates of the rows since each of ~35 first hours, 1 to 2^17 hours before the newest row, in one EXPLAIN: pg_stats hides the statistics of a table under row-level security), and is widened while it holds fewer than p_ranked matches, four times over or to the share the matches it found suggest (2 x p_ranked x share / found), whichever is wider: a rare word that the planner puts at its default 0.5 % (not among the most common lexemes) found one match in the first window and then cost two more windows, 25 ms over 1M rows, where every match costs 3 ms; once the window would hold 90 % of the rows or more every match is read as before (without statistics the planner guesses a third of the rows for each window, and the widening still ends there). A window that holds p_ranked matches holds the newest ones, since the hour grows with created_at. Matches after the ranked ones (and a continuation page) are read without a window, as before, so every match stays reachable. Everything else is as in 0605: one page of search hits with a bounded ranking: the newest p_ranked live matches the caller may see are ranked (ts_rank, best first, then id) and the older matches follow, newest first; the caller's rule restates the content_select policy (author, admins and jobs, team members of a workflow on the content); a common query (estimate over 20 x p_ranked) walks the rows newest first within a budget of rows; a creator with under 2,000 rows matches their own rows with ts_match_vq; EXECUTE ... USING plans every call with the caller's values; VOLATILE because PostgreSQL runs no EXPLAIN in a STABLE function; it writes nothing; pg_temp is searched last so no temporary table can stand in for content.
CREATE OR REPLACE FUNCTION content_search_page(
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
    -- $6 the rows a newest-first walk may read (NULL: no bound) or the window's first hour,
    -- $7 the first ordinal less one
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
    recent_hours text := $sql$
        WITH m AS MATERIALIZED (
            SELECT c.id, c.created_at, c.search_vector
            FROM content c
            WHERE %s AND c.created_hour >= $6 AND c.search_vector @@ $1
              AND c.deleted_at IS NULL AND (c.created_at, c.id) < ($4, $5))
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
    newest text;
    common boolean := false;
    budget int;
    share float8;
    bound int;
    newest_hour int;
    -- 1, 2, 3, 4, 6, 8, 11, 16, ... 2^17 hours: each window about 1.4 times the one before
    hours_back int[] := ARRAY(SELECT DISTINCT round(2 ^ (i / 2.0))::int FROM generate_series(0, 34) i ORDER BY 1);
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
            share := 2.0 * p_ranked / greatest(matches, 1);
            main := format(every_match, own_rows);
        END IF;
    END IF;
    IF p_after_created_at IS NULL THEN
        newest := main;
        bound := budget;
        LOOP
            IF share IS NOT NULL THEN
                -- the fewest newest hours that hold this share of the rows, by the planner's
                -- estimates of the rows since each of ~35 first hours (pg_stats hides content's
                -- statistics: row-level security); none when that is nearly every row
                bound := NULL;
                SELECT c.created_hour INTO newest_hour
                FROM content c
                WHERE c.deleted_at IS NULL
                ORDER BY c.created_at DESC, c.id DESC
                LIMIT 1;
                IF share < 0.9 AND newest_hour IS NOT NULL THEN
                    EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM content c'
                        || (SELECT string_agg(format(' UNION ALL SELECT 1 FROM content c WHERE c.created_hour >= %s',
                                                     newest_hour - h.back), '' ORDER BY h.n)
                            FROM unnest(hours_back) WITH ORDINALITY AS h(back, n))
                        INTO estimate;
                    SELECT newest_hour - hours_back[p.n - 1] INTO bound
                    FROM json_array_elements(estimate -> 0 -> 'Plan' -> 'Plans') WITH ORDINALITY AS p(node, n),
                         LATERAL (SELECT (estimate -> 0 -> 'Plan' -> 'Plans' -> 0 ->> 'Plan Rows')::float8) AS t(every_row)
                    WHERE p.n > 1 AND (p.node ->> 'Plan Rows')::float8 >= share * t.every_row
                      AND (p.node ->> 'Plan Rows')::float8 < 0.9 * t.every_row
                    ORDER BY p.n
                    LIMIT 1;
                END IF;
                newest := format(CASE WHEN bound IS NULL THEN every_match ELSE recent_hours END, own_rows);
            END IF;
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
                FROM newest n $sql$, newest, reviewed)
                INTO ids, times, ranks, main_found
                USING p_query, caller, p_ranked, 'infinity'::timestamptz, 2147483647, bound;
            -- a window or a walk that met p_ranked matches met the newest ones
            EXIT WHEN bound IS NULL OR main_found = p_ranked;
            IF common THEN
                common := false;
                share := 4.0 * budget / (SELECT greatest(reltuples, 1) FROM pg_class
                                         WHERE oid = 'content'::regclass);
                main := format(every_match, own_rows);
            ELSE
                -- four times wider, or at once as wide as the matches found suggest: a rare word
                -- the planner guessed at 0.5 % goes straight to every match
                share := greatest(4.0 * share, 2.0 * p_ranked * share / greatest(main_found, 1));
            END IF;
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
--rollback CREATE OR REPLACE FUNCTION content_search_page(
--rollback     p_query tsquery, p_after_rank float8, p_after_created_at timestamptz, p_after_id int,
--rollback     p_limit int, p_ranked int)
--rollback     RETURNS TABLE (id int, rank float8, created_at timestamptz, ranked boolean, ordinal int)
--rollback     LANGUAGE plpgsql
--rollback     VOLATILE
--rollback     SECURITY DEFINER
--rollback     SET search_path = segmint, pg_catalog, pg_temp
--rollback AS $$
--rollback DECLARE
--rollback     caller int := app_user_id();
--rollback     privileged boolean := is_privileged();
--rollback     -- $1 query, $2 caller, $3 how many, ($4, $5) the (created_at, id) they come before,
--rollback     -- $6 the rows a newest-first walk may read (NULL: no bound), $7 the first ordinal less one
--rollback     own_rows text := CASE WHEN privileged THEN 'true' ELSE 'c.user_id = $2' END;
--rollback     newest_first text := $sql$
--rollback         SELECT r.id, r.created_at, r.search_vector
--rollback         FROM (SELECT c.id, c.created_at, c.search_vector
--rollback               FROM content c
--rollback               WHERE %s AND c.deleted_at IS NULL AND (c.created_at, c.id) < ($4, $5)
--rollback               ORDER BY c.created_at DESC, c.id DESC
--rollback               LIMIT $6) r
--rollback         WHERE r.search_vector @@ $1
--rollback         ORDER BY r.created_at DESC, r.id DESC
--rollback         LIMIT $3 $sql$;
--rollback     every_match text := $sql$
--rollback         WITH m AS MATERIALIZED (
--rollback             SELECT c.id, c.created_at, c.search_vector
--rollback             FROM content c
--rollback             WHERE %s AND c.search_vector @@ $1 AND c.deleted_at IS NULL
--rollback               AND (c.created_at, c.id) < ($4, $5))
--rollback         SELECT m.* FROM m ORDER BY m.created_at DESC, m.id DESC LIMIT $3 $sql$;
--rollback     few_own_rows text := $sql$
--rollback         SELECT c.id, c.created_at, c.search_vector
--rollback         FROM content c
--rollback         WHERE c.user_id = $2 AND ts_match_vq(c.search_vector, $1) AND c.deleted_at IS NULL
--rollback           AND (c.created_at, c.id) < ($4, $5)
--rollback         ORDER BY c.created_at DESC, c.id DESC
--rollback         LIMIT $3 $sql$;
--rollback     reviewed text := CASE WHEN privileged
--rollback         THEN 'SELECT NULL::int, NULL::timestamptz, NULL::tsvector WHERE false'
--rollback         ELSE $sql$
--rollback         SELECT c.id, c.created_at, c.search_vector
--rollback         FROM content c
--rollback         WHERE c.id = ANY (ARRAY(
--rollback                 SELECT w.content_id
--rollback                 FROM team_member t
--rollback                 JOIN approval_workflow w ON w.id = t.workflow_id
--rollback                 WHERE t.member_id = $2))
--rollback           AND c.user_id IS DISTINCT FROM $2 AND ts_match_vq(c.search_vector, $1)
--rollback           AND c.deleted_at IS NULL AND (c.created_at, c.id) < ($4, $5) $sql$ END;
--rollback     main text;
--rollback     common boolean := false;
--rollback     budget int;
--rollback     estimate json;
--rollback     lexeme text;
--rollback     matches float8 := 0;
--rollback     main_found int;
--rollback     ids int[];
--rollback     times timestamptz[];
--rollback     ranks float8[];
--rollback     returned int := 0;
--rollback BEGIN
--rollback     IF NOT privileged
--rollback        AND (SELECT count(*) FROM (SELECT 1 FROM content c WHERE c.user_id = caller LIMIT 2000) o) < 2000
--rollback     THEN
--rollback         main := few_own_rows;
--rollback     ELSE
--rollback         -- the most frequent word's estimate: the planner multiplies the words of an AND as if
--rollback         -- independent, and words that go together (the bench's "kubernetes retention") would
--rollback         -- then look rare and have every match read
--rollback         FOR lexeme IN
--rollback             SELECT DISTINCT w.m[1]
--rollback             FROM regexp_matches(p_query::text, '''((?:[^'']|'''')+)''', 'g') AS w(m)
--rollback         LOOP
--rollback             EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM content c WHERE c.search_vector @@ $1'
--rollback                 INTO estimate USING plainto_tsquery('simple', replace(lexeme, '''''', ''''));
--rollback             matches := greatest(matches, (estimate -> 0 -> 'Plan' ->> 'Plan Rows')::float8);
--rollback         END LOOP;
--rollback         common := matches > 20.0 * p_ranked;
--rollback         IF common THEN
--rollback             budget := least(50.0 * p_ranked, 1e9, ceil(3.0 * p_ranked * (SELECT greatest(reltuples, 1)
--rollback                 FROM pg_class WHERE oid = 'content'::regclass) / matches));
--rollback             main := format(newest_first, own_rows);
--rollback         ELSE
--rollback             main := format(every_match, own_rows);
--rollback         END IF;
--rollback     END IF;
--rollback     IF p_after_created_at IS NULL THEN
--rollback         LOOP
--rollback             EXECUTE format($sql$
--rollback                 WITH main AS MATERIALIZED (%s),
--rollback                 newest AS (
--rollback                     SELECT * FROM main
--rollback                     UNION ALL
--rollback                     SELECT * FROM (%s) reviewed
--rollback                     ORDER BY 2 DESC, 1 DESC
--rollback                     LIMIT $3)
--rollback                 SELECT array_agg(n.id ORDER BY n.created_at DESC, n.id DESC),
--rollback                        array_agg(n.created_at ORDER BY n.created_at DESC, n.id DESC),
--rollback                        array_agg(ts_rank(n.search_vector, $1)::float8
--rollback                                  ORDER BY n.created_at DESC, n.id DESC),
--rollback                        (SELECT count(*) FROM main)::int
--rollback                 FROM newest n $sql$, main, reviewed)
--rollback                 INTO ids, times, ranks, main_found
--rollback                 USING p_query, caller, p_ranked, 'infinity'::timestamptz, 2147483647, budget;
--rollback             EXIT WHEN NOT common OR main_found = p_ranked;
--rollback             common := false;
--rollback             main := format(every_match, own_rows);
--rollback         END LOOP;
--rollback         RETURN QUERY
--rollback             SELECT u.id, u.rank, u.created_at, true,
--rollback                    (row_number() OVER (ORDER BY u.rank DESC, u.id))::int
--rollback             FROM unnest(ids, times, ranks) AS u(id, created_at, rank)
--rollback             WHERE p_after_rank IS NULL OR u.rank < p_after_rank
--rollback                OR (u.rank = p_after_rank AND u.id > p_after_id)
--rollback             ORDER BY u.rank DESC, u.id
--rollback             LIMIT p_limit;
--rollback         GET DIAGNOSTICS returned = ROW_COUNT;
--rollback         IF returned = p_limit OR coalesce(cardinality(ids), 0) < p_ranked THEN
--rollback             RETURN;
--rollback         END IF;
--rollback         p_after_created_at := times[p_ranked];
--rollback         p_after_id := ids[p_ranked];
--rollback     END IF;
--rollback     RETURN QUERY EXECUTE format($sql$
--rollback         SELECT v.id, ts_rank(v.search_vector, $1)::float8, v.created_at, false,
--rollback                ($7 + row_number() OVER (ORDER BY v.created_at DESC, v.id DESC))::int
--rollback         FROM (SELECT * FROM (%s) main
--rollback               UNION ALL
--rollback               SELECT * FROM (%s) reviewed
--rollback               ORDER BY 2 DESC, 1 DESC
--rollback               LIMIT $3) v $sql$, main, reviewed)
--rollback         USING p_query, caller, p_limit - returned, p_after_created_at, p_after_id, NULL::int,
--rollback               returned;
--rollback END
--rollback $$;
