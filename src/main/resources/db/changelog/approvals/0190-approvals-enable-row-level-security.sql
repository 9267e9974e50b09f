--liquibase formatted sql

--changeset segmint:approvals-enable-rls-approval-workflow
ALTER TABLE approval_workflow ENABLE ROW LEVEL SECURITY;
ALTER TABLE approval_workflow FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE approval_workflow NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE approval_workflow DISABLE ROW LEVEL SECURITY;

--changeset segmint:approvals-create-policy-approval-workflow-select
--comment: the owner, admins and jobs, and the workflow's team members
CREATE POLICY approval_workflow_select ON approval_workflow FOR SELECT
    USING (
        user_id = app_user_id()
        OR is_privileged()
        OR EXISTS (
            SELECT 1 FROM team_member t
            WHERE t.workflow_id = approval_workflow.id AND t.member_id = app_user_id()
        )
    );
--rollback DROP POLICY approval_workflow_select ON approval_workflow;

--changeset segmint:approvals-create-policy-approval-workflow-insert
CREATE POLICY approval_workflow_insert ON approval_workflow FOR INSERT
    WITH CHECK (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY approval_workflow_insert ON approval_workflow;

--changeset segmint:approvals-create-policy-approval-workflow-update
CREATE POLICY approval_workflow_update ON approval_workflow FOR UPDATE
    USING (user_id = app_user_id() OR is_privileged())
    WITH CHECK (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY approval_workflow_update ON approval_workflow;

--changeset segmint:approvals-create-policy-approval-workflow-delete
CREATE POLICY approval_workflow_delete ON approval_workflow FOR DELETE
    USING (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY approval_workflow_delete ON approval_workflow;

--changeset segmint:approvals-create-policy-approval-workflow-readonly-select
CREATE POLICY approval_workflow_readonly_select ON approval_workflow FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY approval_workflow_readonly_select ON approval_workflow;

--changeset segmint:approvals-enable-rls-team-member
ALTER TABLE team_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_member FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE team_member NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE team_member DISABLE ROW LEVEL SECURITY;

--changeset segmint:approvals-create-policy-team-member-select
--comment: reads only columns of team_member itself: a lookup of approval_workflow here would recurse through its policy
CREATE POLICY team_member_select ON team_member FOR SELECT
    USING (member_id = app_user_id() OR workflow_user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY team_member_select ON team_member;

--changeset segmint:approvals-create-policy-team-member-insert
CREATE POLICY team_member_insert ON team_member FOR INSERT
    WITH CHECK (workflow_user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY team_member_insert ON team_member;

--changeset segmint:approvals-create-policy-team-member-update
CREATE POLICY team_member_update ON team_member FOR UPDATE
    USING (workflow_user_id = app_user_id() OR is_privileged())
    WITH CHECK (workflow_user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY team_member_update ON team_member;

--changeset segmint:approvals-create-policy-team-member-delete
CREATE POLICY team_member_delete ON team_member FOR DELETE
    USING (workflow_user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY team_member_delete ON team_member;

--changeset segmint:approvals-create-policy-team-member-readonly-select
CREATE POLICY team_member_readonly_select ON team_member FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY team_member_readonly_select ON team_member;
