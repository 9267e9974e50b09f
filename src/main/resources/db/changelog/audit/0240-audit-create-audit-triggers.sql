--liquibase formatted sql

--changeset segmint:audit-create-trigger-users
CREATE TRIGGER users_audit
    AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER users_audit ON users;

--changeset segmint:audit-create-trigger-social-profile
CREATE TRIGGER social_profile_audit
    AFTER INSERT OR UPDATE OR DELETE ON social_profile
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER social_profile_audit ON social_profile;

--changeset segmint:audit-create-trigger-content
CREATE TRIGGER content_audit
    AFTER INSERT OR UPDATE OR DELETE ON content
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER content_audit ON content;

--changeset segmint:audit-create-trigger-idea-suggestion
CREATE TRIGGER idea_suggestion_audit
    AFTER INSERT OR UPDATE OR DELETE ON idea_suggestion
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER idea_suggestion_audit ON idea_suggestion;

--changeset segmint:audit-create-trigger-platform
CREATE TRIGGER platform_audit
    AFTER INSERT OR UPDATE OR DELETE ON platform
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER platform_audit ON platform;

--changeset segmint:audit-create-trigger-platform-post
--comment: on the partitioned table: PostgreSQL clones it to every partition, present and future
CREATE TRIGGER platform_post_audit
    AFTER INSERT OR UPDATE OR DELETE ON platform_post
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER platform_post_audit ON platform_post;

--changeset segmint:audit-create-trigger-approval-workflow
CREATE TRIGGER approval_workflow_audit
    AFTER INSERT OR UPDATE OR DELETE ON approval_workflow
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER approval_workflow_audit ON approval_workflow;

--changeset segmint:audit-create-trigger-team-member
CREATE TRIGGER team_member_audit
    AFTER INSERT OR UPDATE OR DELETE ON team_member
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER team_member_audit ON team_member;
