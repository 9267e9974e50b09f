--liquibase formatted sql

--changeset segmint:approvals-drop-trigger-platform-post-require-approval
--comment: the trigger called its function for every change of status, though only a post becoming scheduled needs the check; two triggers with WHEN conditions call it only then, so the dispatcher's claims and outcomes pay nothing
DROP TRIGGER platform_post_require_approval ON platform_post;
--rollback CREATE TRIGGER platform_post_require_approval BEFORE INSERT OR UPDATE OF status ON platform_post FOR EACH ROW EXECUTE FUNCTION platform_post_require_approval();

--changeset segmint:approvals-create-trigger-platform-post-require-approval-insert
CREATE TRIGGER platform_post_require_approval_insert
    BEFORE INSERT ON platform_post
    FOR EACH ROW
    WHEN (NEW.status = 'scheduled')
    EXECUTE FUNCTION platform_post_require_approval();
--rollback DROP TRIGGER platform_post_require_approval_insert ON platform_post;

--changeset segmint:approvals-create-trigger-platform-post-require-approval-update
--comment: a retry of a post already scheduled or publishing is not a new scheduling, as the function itself says
CREATE TRIGGER platform_post_require_approval_update
    BEFORE UPDATE OF status ON platform_post
    FOR EACH ROW
    WHEN (NEW.status = 'scheduled' AND OLD.status NOT IN ('scheduled', 'publishing'))
    EXECUTE FUNCTION platform_post_require_approval();
--rollback DROP TRIGGER platform_post_require_approval_update ON platform_post;
