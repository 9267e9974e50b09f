--liquibase formatted sql

--changeset segmint:approvals-create-type-workflow-status
CREATE TYPE workflow_status AS ENUM ('pending', 'approved', 'rejected');
--rollback DROP TYPE workflow_status;

--changeset segmint:approvals-create-table-approval-workflow
--comment: user_id is nullable (ON DELETE SET NULL); content_id says what is approved; UNIQUE (id, user_id) lets team_member carry the owner
CREATE TABLE approval_workflow (
    id         SERIAL          PRIMARY KEY,
    user_id    INT             NULL REFERENCES users (id) ON DELETE SET NULL,
    content_id INT             NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    status     workflow_status NOT NULL DEFAULT 'pending',
    created_at TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version    INT             NOT NULL DEFAULT 0,
    CONSTRAINT approval_workflow_id_user_id_key UNIQUE (id, user_id)
);
--rollback DROP TABLE approval_workflow;

--changeset segmint:approvals-create-index-approval-workflow-content-id
--comment: serves the content visibility policy (team members see the content under review) and the cascade from content
CREATE INDEX approval_workflow_content_id_idx ON approval_workflow (content_id);
--rollback DROP INDEX approval_workflow_content_id_idx;

--changeset segmint:approvals-create-index-approval-workflow-user-id
CREATE INDEX approval_workflow_user_id_idx ON approval_workflow (user_id);
--rollback DROP INDEX approval_workflow_user_id_idx;

--changeset segmint:approvals-create-function-approval-workflow-check-content splitStatements:false
--comment: a workflow belongs to the owner of its content; otherwise anyone could open a workflow on another's content, join it and read that content
CREATE FUNCTION approval_workflow_check_content() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    content_owner int;
    content_found boolean;
BEGIN
    IF is_privileged() THEN
        RETURN NEW;
    END IF;
    SELECT true, c.user_id INTO content_found, content_owner FROM content c WHERE c.id = NEW.content_id;
    IF content_found IS NULL OR content_owner IS DISTINCT FROM NEW.user_id THEN
        RAISE EXCEPTION 'content_id % is not owned by the workflow''s user', NEW.content_id
            USING ERRCODE = '42501',
                  COLUMN = 'content_id',
                  TABLE = TG_TABLE_NAME,
                  SCHEMA = TG_TABLE_SCHEMA;
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION approval_workflow_check_content();

--changeset segmint:approvals-create-trigger-approval-workflow-check-content
CREATE TRIGGER approval_workflow_check_content
    BEFORE INSERT OR UPDATE OF content_id, user_id ON approval_workflow
    FOR EACH ROW EXECUTE FUNCTION approval_workflow_check_content();
--rollback DROP TRIGGER approval_workflow_check_content ON approval_workflow;

--changeset segmint:approvals-create-trigger-approval-workflow-set-updated-at
CREATE TRIGGER approval_workflow_set_updated_at
    BEFORE UPDATE ON approval_workflow
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TRIGGER approval_workflow_set_updated_at ON approval_workflow;

--changeset segmint:approvals-create-trigger-approval-workflow-bump-version
CREATE TRIGGER approval_workflow_bump_version
    BEFORE UPDATE ON approval_workflow
    FOR EACH ROW EXECUTE FUNCTION bump_version();
--rollback DROP TRIGGER approval_workflow_bump_version ON approval_workflow;

--changeset segmint:approvals-grant-approval-workflow-app
GRANT SELECT, INSERT, UPDATE, DELETE ON approval_workflow TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE approval_workflow_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE approval_workflow_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON approval_workflow FROM segmint_app;

--changeset segmint:approvals-grant-approval-workflow-readonly
GRANT SELECT ON approval_workflow TO segmint_readonly;
--rollback REVOKE SELECT ON approval_workflow FROM segmint_readonly;
