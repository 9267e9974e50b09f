--liquibase formatted sql

--changeset segmint:approvals-create-type-decision-kind
CREATE TYPE decision_kind AS ENUM ('approve', 'reject', 'request_changes', 'comment');
--rollback DROP TYPE decision_kind;

--changeset segmint:approvals-create-table-workflow-decision
--comment: append-only: every decision and comment on a workflow, in the round it was made; round, stage and workflow_user_id are filled by the workflow_decision_check trigger
CREATE TABLE workflow_decision (
    id               SERIAL        PRIMARY KEY,
    workflow_id      INT           NOT NULL REFERENCES approval_workflow (id) ON DELETE CASCADE,
    decider_id       INT           NULL REFERENCES users (id) ON DELETE SET NULL,
    kind             decision_kind NOT NULL,
    message          TEXT          NULL,
    round            INT           NOT NULL,
    stage            INT           NULL,
    workflow_user_id INT           NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT workflow_decision_message_check
        CHECK (kind = 'approve' OR btrim(coalesce(message, '')) <> ''),
    CONSTRAINT workflow_decision_message_length_check
        CHECK (message IS NULL OR char_length(message) <= 5000)
);
--rollback DROP TABLE workflow_decision;

--changeset segmint:approvals-create-index-workflow-decision-workflow-id
CREATE INDEX workflow_decision_workflow_id_idx ON workflow_decision (workflow_id, round, kind);
--rollback DROP INDEX workflow_decision_workflow_id_idx;

--changeset segmint:approvals-create-index-workflow-decision-one-verdict
--comment: one approve or reject per member and round
CREATE UNIQUE INDEX workflow_decision_one_verdict_idx ON workflow_decision (workflow_id, decider_id, round)
    WHERE kind IN ('approve', 'reject');
--rollback DROP INDEX workflow_decision_one_verdict_idx;

--changeset segmint:approvals-create-index-workflow-decision-decider-id
--comment: supports ON DELETE SET NULL from users
CREATE INDEX workflow_decision_decider_id_idx ON workflow_decision (decider_id);
--rollback DROP INDEX workflow_decision_decider_id_idx;

--changeset segmint:approvals-grant-workflow-decision-app
--comment: SELECT and INSERT only: a decision is never changed or withdrawn
GRANT SELECT, INSERT ON workflow_decision TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE workflow_decision_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE workflow_decision_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT ON workflow_decision FROM segmint_app;

--changeset segmint:approvals-grant-workflow-decision-readonly
GRANT SELECT ON workflow_decision TO segmint_readonly;
--rollback REVOKE SELECT ON workflow_decision FROM segmint_readonly;

--changeset segmint:approvals-enable-rls-workflow-decision
ALTER TABLE workflow_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_decision FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE workflow_decision NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE workflow_decision DISABLE ROW LEVEL SECURITY;

--changeset segmint:approvals-create-policy-workflow-decision-select
--comment: the workflow's owner, its members, admins and jobs
CREATE POLICY workflow_decision_select ON workflow_decision FOR SELECT
    USING (
        workflow_user_id = app_user_id()
        OR decider_id = app_user_id()
        OR is_privileged()
        OR EXISTS (
            SELECT 1 FROM team_member t
            WHERE t.workflow_id = workflow_decision.workflow_id AND t.member_id = app_user_id()
        )
    );
--rollback DROP POLICY workflow_decision_select ON workflow_decision;

--changeset segmint:approvals-create-policy-workflow-decision-insert
CREATE POLICY workflow_decision_insert ON workflow_decision FOR INSERT
    WITH CHECK (decider_id = app_user_id());
--rollback DROP POLICY workflow_decision_insert ON workflow_decision;

--changeset segmint:approvals-create-policy-workflow-decision-readonly-select
CREATE POLICY workflow_decision_readonly_select ON workflow_decision FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY workflow_decision_readonly_select ON workflow_decision;
