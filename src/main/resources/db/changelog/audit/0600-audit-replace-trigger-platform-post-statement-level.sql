--liquibase formatted sql

--changeset segmint:audit-create-function-audit-platform-post-rows splitStatements:false
--comment: the dispatcher changes posts in batches (a claim, a wave of outcomes): one INSERT per statement from its transition tables costs far less than audit_row()'s function call, partition lookup and single-row INSERT per post. The rows it writes are the ones audit_row() wrote: same table name, id, action, images and actor. Statement-level triggers fire for statements on platform_post itself, the only way the application (granted only the partitioned table) changes posts.
CREATE FUNCTION audit_platform_post_rows() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_event (table_name, row_id, action, old_row, new_row, actor_id, actor_role)
        SELECT 'platform_post', n.id::text, TG_OP, NULL, to_jsonb(n), app_user_id(), app_role()
        FROM new_rows n
        ORDER BY n.id;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO audit_event (table_name, row_id, action, old_row, new_row, actor_id, actor_role)
        SELECT 'platform_post', n.id::text, TG_OP, to_jsonb(o), to_jsonb(n), app_user_id(), app_role()
        FROM old_rows o
        JOIN new_rows n ON n.id = o.id
        ORDER BY n.id;
    ELSE
        INSERT INTO audit_event (table_name, row_id, action, old_row, new_row, actor_id, actor_role)
        SELECT 'platform_post', o.id::text, TG_OP, to_jsonb(o), NULL, app_user_id(), app_role()
        FROM old_rows o
        ORDER BY o.id;
    END IF;
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION audit_platform_post_rows();

--changeset segmint:audit-revoke-function-audit-platform-post-rows
REVOKE EXECUTE ON FUNCTION audit_platform_post_rows() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION audit_platform_post_rows() TO PUBLIC;

--changeset segmint:audit-drop-trigger-platform-post-audit
DROP TRIGGER platform_post_audit ON platform_post;
--rollback CREATE TRIGGER platform_post_audit AFTER INSERT OR UPDATE OR DELETE ON platform_post FOR EACH ROW EXECUTE FUNCTION audit_row();

--changeset segmint:audit-create-trigger-platform-post-audit-insert
--comment: a trigger with transition tables handles one event, hence three
CREATE TRIGGER platform_post_audit_insert
    AFTER INSERT ON platform_post
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_platform_post_rows();
--rollback DROP TRIGGER platform_post_audit_insert ON platform_post;

--changeset segmint:audit-create-trigger-platform-post-audit-update
CREATE TRIGGER platform_post_audit_update
    AFTER UPDATE ON platform_post
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_platform_post_rows();
--rollback DROP TRIGGER platform_post_audit_update ON platform_post;

--changeset segmint:audit-create-trigger-platform-post-audit-delete
CREATE TRIGGER platform_post_audit_delete
    AFTER DELETE ON platform_post
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_platform_post_rows();
--rollback DROP TRIGGER platform_post_audit_delete ON platform_post;
