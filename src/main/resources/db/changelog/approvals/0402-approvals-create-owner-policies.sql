--liquibase formatted sql

--changeset segmint:approvals-create-policy-approval-workflow-owner-select
--comment: the workflow rules (SECURITY DEFINER functions owned by segmint_owner) read every workflow, member and decision and move a workflow's status, whoever acts; the owner could disable row-level security anyway
CREATE POLICY approval_workflow_owner_select ON approval_workflow FOR SELECT TO segmint_owner
    USING (true);
--rollback DROP POLICY approval_workflow_owner_select ON approval_workflow;

--changeset segmint:approvals-create-policy-approval-workflow-owner-update
CREATE POLICY approval_workflow_owner_update ON approval_workflow FOR UPDATE TO segmint_owner
    USING (true) WITH CHECK (true);
--rollback DROP POLICY approval_workflow_owner_update ON approval_workflow;

--changeset segmint:approvals-create-policy-team-member-owner-select
CREATE POLICY team_member_owner_select ON team_member FOR SELECT TO segmint_owner
    USING (true);
--rollback DROP POLICY team_member_owner_select ON team_member;

--changeset segmint:approvals-create-policy-workflow-decision-owner-select
CREATE POLICY workflow_decision_owner_select ON workflow_decision FOR SELECT TO segmint_owner
    USING (true);
--rollback DROP POLICY workflow_decision_owner_select ON workflow_decision;
