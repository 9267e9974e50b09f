--liquibase formatted sql

--changeset segmint:approvals-create-function-platform-post-require-approval splitStatements:false
--comment: a post becomes scheduled only when every workflow on its content is approved, whichever path writes it (SQLSTATE SGA01, 409 content-not-approved); a retry of a post already scheduled or publishing is not a new scheduling
CREATE FUNCTION platform_post_require_approval() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF NEW.status = 'scheduled'
       AND (TG_OP = 'INSERT' OR OLD.status NOT IN ('scheduled', 'publishing'))
       AND EXISTS (
           SELECT 1 FROM approval_workflow w
           WHERE w.content_id = NEW.content_id AND w.status <> 'approved'
       ) THEN
        RAISE EXCEPTION 'content % awaits approval: its workflow is not approved', NEW.content_id
            USING ERRCODE = 'SGA01', COLUMN = 'content_id';
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION platform_post_require_approval();

--changeset segmint:approvals-revoke-function-platform-post-require-approval
REVOKE EXECUTE ON FUNCTION platform_post_require_approval() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION platform_post_require_approval() TO PUBLIC;

--changeset segmint:approvals-create-trigger-platform-post-require-approval
--comment: on the partitioned table: PostgreSQL clones it to every partition, present and future
CREATE TRIGGER platform_post_require_approval
    BEFORE INSERT OR UPDATE OF status ON platform_post
    FOR EACH ROW EXECUTE FUNCTION platform_post_require_approval();
--rollback DROP TRIGGER platform_post_require_approval ON platform_post;
