--liquibase formatted sql

--changeset segmint:notifications-create-table-notification
--comment: in-app notifications; event_key makes a redelivered event (after a crash) a no-op
CREATE TABLE notification (
    id         BIGSERIAL    PRIMARY KEY,
    user_id    INT          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       VARCHAR(50)  NOT NULL,
    message    TEXT         NOT NULL,
    link       VARCHAR(255) NULL,
    event_key  VARCHAR(100) NOT NULL,
    read_at    TIMESTAMPTZ  NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT notification_event_key_user_id_key UNIQUE (event_key, user_id)
);
--rollback DROP TABLE notification;

--changeset segmint:notifications-create-index-notification-user-id
--comment: serves "my notifications, newest first" and the cascade from users
CREATE INDEX notification_user_id_id_idx ON notification (user_id, id DESC);
--rollback DROP INDEX notification_user_id_id_idx;

--changeset segmint:notifications-create-trigger-notification-set-updated-at
CREATE TRIGGER notification_set_updated_at
    BEFORE UPDATE ON notification
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TRIGGER notification_set_updated_at ON notification;

--changeset segmint:notifications-create-trigger-notification-bump-version
CREATE TRIGGER notification_bump_version
    BEFORE UPDATE ON notification
    FOR EACH ROW EXECUTE FUNCTION bump_version();
--rollback DROP TRIGGER notification_bump_version ON notification;

--changeset segmint:notifications-grant-notification-app
--comment: a user may only mark a notification read; only jobs create them
GRANT SELECT, INSERT ON notification TO segmint_app;
GRANT UPDATE (read_at) ON notification TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE notification_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE notification_id_seq FROM segmint_app;
--rollback REVOKE UPDATE (read_at) ON notification FROM segmint_app;
--rollback REVOKE SELECT, INSERT ON notification FROM segmint_app;

--changeset segmint:notifications-grant-notification-readonly
GRANT SELECT ON notification TO segmint_readonly;
--rollback REVOKE SELECT ON notification FROM segmint_readonly;

--changeset segmint:notifications-enable-rls-notification
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE notification NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE notification DISABLE ROW LEVEL SECURITY;

--changeset segmint:notifications-create-policy-notification-select
--comment: a user sees only their own, admins included; jobs see all (to skip a redelivered event)
CREATE POLICY notification_select ON notification FOR SELECT
    USING (user_id = app_user_id() OR app_role() = 'system');
--rollback DROP POLICY notification_select ON notification;

--changeset segmint:notifications-create-policy-notification-insert
CREATE POLICY notification_insert ON notification FOR INSERT
    WITH CHECK (app_role() = 'system');
--rollback DROP POLICY notification_insert ON notification;

--changeset segmint:notifications-create-policy-notification-update
CREATE POLICY notification_update ON notification FOR UPDATE
    USING (user_id = app_user_id())
    WITH CHECK (user_id = app_user_id());
--rollback DROP POLICY notification_update ON notification;

--changeset segmint:notifications-create-policy-notification-readonly-select
CREATE POLICY notification_readonly_select ON notification FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY notification_readonly_select ON notification;

--changeset segmint:audit-create-trigger-notification
CREATE TRIGGER notification_audit
    AFTER INSERT OR UPDATE OR DELETE ON notification
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER notification_audit ON notification;
