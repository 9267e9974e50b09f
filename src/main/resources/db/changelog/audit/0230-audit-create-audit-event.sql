--liquibase formatted sql

--changeset segmint:audit-create-table-audit-event
--comment: append-only trail of row changes, written by the audit_row() trigger; the application may only read it
CREATE TABLE audit_event (
    id             BIGSERIAL   PRIMARY KEY,
    table_name     TEXT        NOT NULL,
    row_id         TEXT        NULL,
    action         TEXT        NOT NULL,
    old_row        JSONB       NULL,
    new_row        JSONB       NULL,
    actor_id       INT         NULL,
    actor_role     TEXT        NULL,
    transaction_id BIGINT      NOT NULL DEFAULT txid_current(),
    occurred_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT audit_event_action_check CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
--rollback DROP TABLE audit_event;

--changeset segmint:audit-create-index-audit-event-row
CREATE INDEX audit_event_table_name_row_id_idx ON audit_event (table_name, row_id);
--rollback DROP INDEX audit_event_table_name_row_id_idx;

--changeset segmint:audit-create-index-audit-event-actor
CREATE INDEX audit_event_actor_id_occurred_at_idx ON audit_event (actor_id, occurred_at);
--rollback DROP INDEX audit_event_actor_id_occurred_at_idx;

--changeset segmint:audit-create-index-audit-event-occurred-at
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);
--rollback DROP INDEX audit_event_occurred_at_idx;

--changeset segmint:audit-enable-rls-audit-event
--comment: not forced: the owner (the SECURITY DEFINER trigger) writes without a policy; nobody else can write
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
--rollback ALTER TABLE audit_event DISABLE ROW LEVEL SECURITY;

--changeset segmint:audit-create-policy-audit-event-app-select
CREATE POLICY audit_event_app_select ON audit_event FOR SELECT TO segmint_app
    USING (app_role() = 'admin');
--rollback DROP POLICY audit_event_app_select ON audit_event;

--changeset segmint:audit-create-policy-audit-event-readonly-select
CREATE POLICY audit_event_readonly_select ON audit_event FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY audit_event_readonly_select ON audit_event;

--changeset segmint:audit-grant-audit-event-app
--comment: SELECT only: the application can neither add, change nor delete audit rows
GRANT SELECT ON audit_event TO segmint_app;
--rollback REVOKE SELECT ON audit_event FROM segmint_app;

--changeset segmint:audit-grant-audit-event-readonly
--comment: not old_row and new_row: they hold users.email, which analytics must not see
GRANT SELECT (id, table_name, row_id, action, actor_id, actor_role, transaction_id, occurred_at) ON audit_event TO segmint_readonly;
--rollback REVOKE SELECT (id, table_name, row_id, action, actor_id, actor_role, transaction_id, occurred_at) ON audit_event FROM segmint_readonly;

--changeset segmint:audit-create-function-audit-row splitStatements:false
--comment: one audit_event per changed row, without secrets; runs as the owner because no application role may write audit_event
CREATE FUNCTION audit_row() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    hidden_keys CONSTANT text[] := ARRAY['password_hash', 'access_token', 'refresh_token', 'search_vector'];
    old_image   jsonb;
    new_image   jsonb;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_image := to_jsonb(OLD) - hidden_keys;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        new_image := to_jsonb(NEW) - hidden_keys;
    END IF;
    INSERT INTO audit_event (table_name, row_id, action, old_row, new_row, actor_id, actor_role)
    VALUES (
        -- a partition reports its partitioned table's name
        (SELECT c.relname FROM pg_class c WHERE c.oid = coalesce(pg_partition_root(TG_RELID), TG_RELID)),
        coalesce(new_image, old_image) ->> 'id',
        TG_OP,
        old_image,
        new_image,
        app_user_id(),
        app_role()
    );
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION audit_row();

--changeset segmint:audit-revoke-function-audit-row
REVOKE EXECUTE ON FUNCTION audit_row() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION audit_row() TO PUBLIC;
