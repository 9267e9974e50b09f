--liquibase formatted sql

--changeset segmint:content-create-function-content-search-page splitStatements:false
--comment: one page of full-text search hits (id and rank, best first, after a cursor) among the live contents the caller may see. Under row-level security @@ is not leakproof, so PostgreSQL applies the policy first and cannot bound the candidates with the GIN index: an admin's search read every row. This function runs as its owner (content_owner_select), so the text match is an index condition, and restates the content_select policy itself: the author (user_id = app_user_id()), admins and jobs (is_privileged()), and every team member of a workflow on the content (whatever its status, as the policy says); the policy's lookups of team_member and approval_workflow, under the caller's own policies there, admit exactly the member's own rows, so reading them unrestricted here is the same set. EXECUTE ... USING plans every call with the caller's values (a LANGUAGE sql body would be planned generically). Admins and creators with 10,000 rows or more start from the GIN index; a creator with fewer starts from their own rows (user_id index) and the rows they review (primary key), with the match written as ts_match_vq, the function behind @@, which no index serves: left to choose, the planner ANDs the GIN bitmap of every match in the table with the creator's few rows, 10 times slower over 1M contents for a common word. pg_temp is searched last so no temporary table can stand in for content. Ranking and order are the search's: ts_rank as float8, rank descending, then id.
CREATE FUNCTION content_search_page(p_query tsquery, p_after_rank float8, p_after_id int, p_limit int)
    RETURNS TABLE (id int, rank float8)
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
BEGIN
    IF NOT privileged THEN
        SELECT count(*) INTO own_rows
        FROM (SELECT 1 FROM content WHERE user_id = caller LIMIT 10000) own;
        IF own_rows < 10000 THEN
            text_match := 'ts_match_vq(c.search_vector, $1)';
        END IF;
    END IF;
    RETURN QUERY EXECUTE format($query$
        SELECT hit.id, hit.rank
        FROM (
            SELECT c.id, ts_rank(c.search_vector, $1)::float8 AS rank
            FROM content c
            WHERE %s
              AND c.deleted_at IS NULL
              AND ($5
                   OR c.user_id = $6
                   OR c.id = ANY (ARRAY(
                       SELECT w.content_id
                       FROM team_member t
                       JOIN approval_workflow w ON w.id = t.workflow_id
                       WHERE t.member_id = $6)))
        ) hit
        WHERE $2 IS NULL OR hit.rank < $2 OR (hit.rank = $2 AND hit.id > $3)
        ORDER BY hit.rank DESC, hit.id
        LIMIT $4
    $query$, text_match)
    USING p_query, p_after_rank, p_after_id, p_limit, privileged, caller;
END
$$;
--rollback DROP FUNCTION content_search_page(tsquery, float8, int, int);

--changeset segmint:content-grant-function-content-search-page
--comment: the application only: segmint_readonly reads content through its own policy and has no need of a function that acts for a caller
REVOKE EXECUTE ON FUNCTION content_search_page(tsquery, float8, int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION content_search_page(tsquery, float8, int, int) TO segmint_app;
--rollback GRANT EXECUTE ON FUNCTION content_search_page(tsquery, float8, int, int) TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION content_search_page(tsquery, float8, int, int) FROM segmint_app;
