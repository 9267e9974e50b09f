--liquibase formatted sql

--changeset segmint:approvals-create-policy-team-member-owner-delete
--comment: the rule below (a SECURITY DEFINER function owned by segmint_owner) removes a deleted account from every workflow, whoever deletes it
CREATE POLICY team_member_owner_delete ON team_member FOR DELETE TO segmint_owner
    USING (true);
--rollback DROP POLICY team_member_owner_delete ON team_member;

--changeset segmint:approvals-create-function-users-leave-workflows splitStatements:false
--comment: a soft-deleted account can never decide again, so it leaves every workflow it was on, as an erased one does by the foreign key's cascade; team_member_recompute_status then recomputes or blocks each pending workflow in the same transaction
CREATE FUNCTION users_leave_workflows() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    DELETE FROM team_member t WHERE t.member_id = NEW.id;
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION users_leave_workflows();

--changeset segmint:approvals-revoke-function-users-leave-workflows
REVOKE EXECUTE ON FUNCTION users_leave_workflows() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION users_leave_workflows() TO PUBLIC;

--changeset segmint:approvals-create-trigger-users-leave-workflows
CREATE TRIGGER users_leave_workflows
    AFTER UPDATE OF deleted_at ON users
    FOR EACH ROW
    WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
    EXECUTE FUNCTION users_leave_workflows();
--rollback DROP TRIGGER users_leave_workflows ON users;

--changeset segmint:approvals-replace-function-approval-workflow-check-approvable-deleted splitStatements:false rollbackSplitStatements:false
--comment: as 0512, and a member removed because an admin soft-deleted their account (not only erased it) leaves the workflow unapprovable without failing the deletion: approval_workflow_recompute has blocked it and told its owner (0573)
CREATE OR REPLACE FUNCTION approval_workflow_check_approvable() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF TG_TABLE_NAME = 'approval_workflow' THEN
        PERFORM approval_workflow_require_approvable(NEW.id);
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF is_privileged()
           AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = OLD.member_id AND u.deleted_at IS NULL) THEN
            RETURN NULL;
        END IF;
        PERFORM approval_workflow_require_approvable(OLD.workflow_id);
        RETURN NULL;
    END IF;
    PERFORM approval_workflow_require_approvable(NEW.workflow_id);
    IF TG_OP = 'UPDATE' AND OLD.workflow_id <> NEW.workflow_id THEN
        PERFORM approval_workflow_require_approvable(OLD.workflow_id);
    END IF;
    RETURN NULL;
END
$$;
--rollback CREATE OR REPLACE FUNCTION approval_workflow_check_approvable() RETURNS trigger
--rollback     LANGUAGE plpgsql
--rollback     SECURITY DEFINER
--rollback     SET search_path = segmint, pg_catalog
--rollback AS $$
--rollback BEGIN
--rollback     IF TG_TABLE_NAME = 'approval_workflow' THEN
--rollback         PERFORM approval_workflow_require_approvable(NEW.id);
--rollback         RETURN NULL;
--rollback     END IF;
--rollback     IF TG_OP = 'DELETE' THEN
--rollback         IF is_privileged() AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = OLD.member_id) THEN
--rollback             RETURN NULL;
--rollback         END IF;
--rollback         PERFORM approval_workflow_require_approvable(OLD.workflow_id);
--rollback         RETURN NULL;
--rollback     END IF;
--rollback     PERFORM approval_workflow_require_approvable(NEW.workflow_id);
--rollback     IF TG_OP = 'UPDATE' AND OLD.workflow_id <> NEW.workflow_id THEN
--rollback         PERFORM approval_workflow_require_approvable(OLD.workflow_id);
--rollback     END IF;
--rollback     RETURN NULL;
--rollback END
--rollback $$;
