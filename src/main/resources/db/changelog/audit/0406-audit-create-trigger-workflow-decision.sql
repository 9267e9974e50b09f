--liquibase formatted sql

--changeset segmint:audit-create-trigger-workflow-decision
CREATE TRIGGER workflow_decision_audit
    AFTER INSERT OR UPDATE OR DELETE ON workflow_decision
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER workflow_decision_audit ON workflow_decision;
