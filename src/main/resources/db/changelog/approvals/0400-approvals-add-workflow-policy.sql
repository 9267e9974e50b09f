--liquibase formatted sql

--changeset segmint:approvals-add-approval-workflow-required-approvals
--comment: the policy: NULL means every approver of a stage, N means N of that stage's approvers (all of them when the stage has fewer)
ALTER TABLE approval_workflow
    ADD COLUMN required_approvals INT NULL,
    ADD CONSTRAINT approval_workflow_required_approvals_check
        CHECK (required_approvals IS NULL OR required_approvals BETWEEN 1 AND 20);
--rollback ALTER TABLE approval_workflow DROP COLUMN required_approvals;

--changeset segmint:approvals-add-approval-workflow-round
--comment: a round starts with the workflow and again at each edit of its content; only decisions of the current round count
ALTER TABLE approval_workflow
    ADD COLUMN round INT NOT NULL DEFAULT 1,
    ADD CONSTRAINT approval_workflow_round_check CHECK (round >= 1);
--rollback ALTER TABLE approval_workflow DROP COLUMN round;

--changeset segmint:approvals-add-team-member-stage
--comment: ordered stages: approvers of stage k act only once every earlier stage is satisfied
ALTER TABLE team_member
    ADD COLUMN stage INT NOT NULL DEFAULT 1,
    ADD CONSTRAINT team_member_stage_check CHECK (stage BETWEEN 1 AND 10);
--rollback ALTER TABLE team_member DROP COLUMN stage;
