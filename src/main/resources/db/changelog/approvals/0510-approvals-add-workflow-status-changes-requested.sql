--liquibase formatted sql

--changeset segmint:approvals-add-workflow-status-changes-requested
--comment: a member asked for changes: no verdict is taken until the creator edits the content, which starts a new round in pending. The rollback rebuilds the type without the value (PostgreSQL cannot drop an enum value); such workflows go back to pending.
ALTER TYPE workflow_status ADD VALUE 'changes_requested' AFTER 'pending';
--rollback UPDATE approval_workflow SET status = 'pending' WHERE status = 'changes_requested';
--rollback ALTER TABLE approval_workflow ALTER COLUMN status DROP DEFAULT;
--rollback ALTER TYPE workflow_status RENAME TO workflow_status_with_changes_requested;
--rollback CREATE TYPE workflow_status AS ENUM ('pending', 'approved', 'rejected');
--rollback ALTER TABLE approval_workflow ALTER COLUMN status TYPE workflow_status USING status::text::workflow_status;
--rollback ALTER TABLE approval_workflow ALTER COLUMN status SET DEFAULT 'pending';
--rollback DROP TYPE workflow_status_with_changes_requested;
