--liquibase formatted sql

--changeset segmint:approvals-create-type-team-member-role
CREATE TYPE team_member_role AS ENUM ('reviewer', 'approver');
--rollback DROP TYPE team_member_role;

--changeset segmint:approvals-create-table-team-member
--comment: workflow_user_id copies the workflow's owner (kept in step by the composite foreign key) so the row-level security policy needs no lookup of approval_workflow, whose own policy looks up team_member
CREATE TABLE team_member (
    id               SERIAL           PRIMARY KEY,
    workflow_id      INT              NOT NULL REFERENCES approval_workflow (id) ON DELETE CASCADE,
    member_id        INT              NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role             team_member_role NOT NULL,
    created_at       TIMESTAMPTZ      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    workflow_user_id INT              NULL,
    CONSTRAINT team_member_workflow_id_member_id_key UNIQUE (workflow_id, member_id),
    CONSTRAINT team_member_workflow_owner_fkey FOREIGN KEY (workflow_id, workflow_user_id)
        REFERENCES approval_workflow (id, user_id) ON UPDATE CASCADE ON DELETE CASCADE
);
--rollback DROP TABLE team_member;

--changeset segmint:approvals-create-index-team-member-member-id
--comment: serves "workflows I am on" and the visibility policies of content and approval_workflow
CREATE INDEX team_member_member_id_idx ON team_member (member_id);
--rollback DROP INDEX team_member_member_id_idx;

--changeset segmint:approvals-create-index-team-member-workflow-owner
CREATE INDEX team_member_workflow_id_workflow_user_id_idx ON team_member (workflow_id, workflow_user_id);
--rollback DROP INDEX team_member_workflow_id_workflow_user_id_idx;

--changeset segmint:approvals-create-function-team-member-fill-workflow-user splitStatements:false
--comment: fills workflow_user_id from the workflow when the client leaves it out
CREATE FUNCTION team_member_fill_workflow_user() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF NEW.workflow_user_id IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.workflow_id IS DISTINCT FROM OLD.workflow_id) THEN
        SELECT w.user_id INTO NEW.workflow_user_id FROM approval_workflow w WHERE w.id = NEW.workflow_id;
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION team_member_fill_workflow_user();

--changeset segmint:approvals-create-trigger-team-member-fill-workflow-user
CREATE TRIGGER team_member_fill_workflow_user
    BEFORE INSERT OR UPDATE OF workflow_id ON team_member
    FOR EACH ROW EXECUTE FUNCTION team_member_fill_workflow_user();
--rollback DROP TRIGGER team_member_fill_workflow_user ON team_member;

--changeset segmint:approvals-grant-team-member-app
GRANT SELECT, INSERT, UPDATE, DELETE ON team_member TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE team_member_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE team_member_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON team_member FROM segmint_app;

--changeset segmint:approvals-grant-team-member-readonly
GRANT SELECT ON team_member TO segmint_readonly;
--rollback REVOKE SELECT ON team_member FROM segmint_readonly;
