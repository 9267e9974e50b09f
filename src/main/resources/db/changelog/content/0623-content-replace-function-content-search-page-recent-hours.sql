--liquibase formatted sql

--changeset segmint:content-replace-function-content-search-page-recent-hours splitStatements:false rollbackSplitStatements:false
--comment: the ranked matches of a word the planner knows are read within a window of recent hours through content_live_created_hour_search_vector_idx (0620-0622), so the index itself keeps the older matches out and only the recent ones are read from the heap (by hand on 1M rows: a word in 0.5 % of them 3.7 ms over the newest 22 hours, where reading every match took 24 ms; a word in 2 % 2.3 ms, where the newest-first walk took 17-21 ms). How the main arm finds the newest p_ranked matches is chosen by estimated cost. Estimates (EXPLAIN): the most frequent word's matches (for an AND the planner assumes the words independent, and words that go together would look rare); a lexeme no text can hold (it has a space), which the planner puts where it puts every word outside its most common lexemes; for a creator, their rows. A query whose words are all as unknown to the planner as that lexeme is rarer than the least common word it knows, and every match is read through the GIN index (a word in one row of 1M: 2 ms; a window sized by the planner's guess for it cost 17-27 ms). Otherwise, in microseconds as measured on the bench machine: a window of W rows costs 0.035 per row in the index and 2 per match read from the heap (every creator's matches in the window, the index holds no owner), a newest-first walk 1.2 per row (over the creator's own (user_id, created_at) index for a creator), reading every match 4 per match; the cheapest wins. The window holds 1.5 x p_ranked / (match share x the caller's share of the rows) rows; it starts at the later of two estimates: the rows spread evenly between the oldest and the newest live content, and the creation of the row inserted that many ids ago (ids follow insertion, which the even spread misses when the rows grow). A window that holds fewer than p_ranked matches is widened 1.5 times or to the share its matches suggest, whichever is wider, until it would hold every row, and then every match is read; a window or a walk that meets p_ranked matches met the newest ones, since the hour grows with created_at. A walk reads at most three times the rows its estimate needs, then every match is read. Matches after the ranked ones (a continuation page) are read without a window: by the walk where the walk was chosen, by every match otherwise. A creator the planner puts under 20,000 rows who has under 2,000 matches their own rows newest first with ts_match_vq, which no index serves. A query with no word an index could look up (only negated words: querytree is 'T') matches nearly every row and walks the newest rows, at most 50 x p_ranked of them (by hand on 1M rows, -webinar took 0.23-0.31 s through a window sized by the negated word's estimate). The rest is as in 0605: one page of search hits with a bounded ranking, the newest p_ranked live matches the caller may see ranked (ts_rank, best first, then id) and the older matches following, newest first; the caller's rule restates the content_select policy (author, admins and jobs, team members of a workflow on the content); EXECUTE ... USING plans every call with the caller's values; VOLATILE because PostgreSQL runs no EXPLAIN in a STABLE function; it writes nothing; pg_temp is searched last so no temporary table can stand in for content.
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
    walking boolean := false;
    budget int;
    bound int;
    every_row float8;
    own_estimate float8;
    own_share float8 := 1;
    estimate json;
    unknown float8;
    lexeme text;
    matches float8 := 0;
    density float8;
    walk_cost float8;
    window_cost float8;
    window_rows float8;
    newest_at timestamptz;
    oldest_at timestamptz;
    inserted_at timestamptz;
    newest_id int;
    main_found int;
    ids int[];
    times timestamptz[];
    ranks float8[];
    returned int := 0;
BEGIN
    IF NOT privileged THEN
        EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM content c WHERE c.user_id = $1'
            INTO estimate USING caller;
        own_estimate := (estimate -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
    END IF;
    IF NOT privileged AND own_estimate < 20000
       AND (SELECT count(*) FROM (SELECT 1 FROM content c WHERE c.user_id = caller LIMIT 2000) o) < 2000
    THEN
        main := few_own_rows;
    ELSIF querytree(p_query) = 'T' THEN
        -- no word an index could look up (only negated ones, "-webinar"): nearly every row
        -- matches, so the newest rows are walked, at most 50 x p_ranked of them
        walking := true;
        budget := 50 * p_ranked;
        main := format(newest_first, own_rows);
    ELSE
        main := format(every_match, own_rows);
        every_row := (SELECT greatest(t.reltuples, 1) FROM pg_class t WHERE t.oid = 'content'::regclass);
        EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM content c WHERE c.search_vector @@ $1'
            INTO estimate USING $q$'no such word'$q$::tsquery;
        unknown := (estimate -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
        FOR lexeme IN
            SELECT DISTINCT w.m[1]
            FROM regexp_matches(p_query::text, '''((?:[^'']|'''')+)''', 'g') AS w(m)
        LOOP
            EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM content c WHERE c.search_vector @@ $1'
                INTO estimate USING plainto_tsquery('simple', replace(lexeme, '''''', ''''));
            matches := greatest(matches, (estimate -> 0 -> 'Plan' ->> 'Plan Rows')::float8);
        END LOOP;
        IF matches > unknown THEN
            IF NOT privileged THEN
                own_share := least(1.0, own_estimate / every_row);
            END IF;
            density := least(1.0, matches / every_row);
            window_rows := 1.5 * p_ranked / (density * own_share);
            walk_cost := 1.2 * p_ranked / density;
            window_cost := CASE WHEN window_rows < every_row THEN (0.035 + 2 * density) * window_rows END;
            IF walk_cost <= least(window_cost, 4 * matches) THEN
                walking := true;
                budget := least(1e9, ceil(3.0 * p_ranked / density));
                main := format(newest_first, own_rows);
            END IF;
            IF walking OR window_cost IS NULL OR window_cost >= 4 * matches THEN
                window_rows := NULL;
            END IF;
        END IF;
    END IF;
    IF p_after_created_at IS NULL THEN
        LOOP
            newest := main;
            bound := budget;
            IF window_rows >= every_row THEN
                window_rows := NULL;
            ELSIF window_rows IS NOT NULL THEN
                -- the later of two starts: as if the rows were spread evenly between the oldest
                -- and the newest, and the creation of the row inserted window_rows rows ago; the
                -- table's ends are read once, for the first window
                IF newest_id IS NULL THEN
                    SELECT c.created_at INTO newest_at
                    FROM content c WHERE c.deleted_at IS NULL ORDER BY c.created_at DESC LIMIT 1;
                    SELECT c.created_at INTO oldest_at
                    FROM content c WHERE c.deleted_at IS NULL ORDER BY c.created_at LIMIT 1;
                    SELECT max(c.id) INTO newest_id FROM content c;
                END IF;
                SELECT c.created_at INTO inserted_at
                FROM content c
                WHERE c.id <= newest_id - ceil(window_rows)::int
                ORDER BY c.id DESC
                LIMIT 1;
                bound := floor(extract(epoch FROM (greatest(inserted_at,
                    newest_at - (newest_at - oldest_at) * (window_rows / every_row))
                    AT TIME ZONE 'UTC')) / 3600)::int;
                newest := format(recent_hours, own_rows);
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
            EXIT WHEN main_found = p_ranked OR NOT (walking OR window_rows IS NOT NULL);
            IF walking THEN
                walking := false;
                budget := NULL;
                main := format(every_match, own_rows);
            ELSE
                window_rows := window_rows * greatest(1.5, 1.5 * p_ranked / greatest(main_found, 1));
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
