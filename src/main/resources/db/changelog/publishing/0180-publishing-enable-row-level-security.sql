--liquibase formatted sql

--changeset segmint:publishing-enable-rls-platform-post
--comment: enabled on the parent; partitions carry no policies and are granted to nobody, so rows are reached only through the parent
ALTER TABLE platform_post ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform_post FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE platform_post NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE platform_post DISABLE ROW LEVEL SECURITY;

--changeset segmint:publishing-create-policy-platform-post-select
CREATE POLICY platform_post_select ON platform_post FOR SELECT
    USING (EXISTS (SELECT 1 FROM content c WHERE c.id = platform_post.content_id));
--rollback DROP POLICY platform_post_select ON platform_post;

--changeset segmint:publishing-create-policy-platform-post-insert
CREATE POLICY platform_post_insert ON platform_post FOR INSERT
    WITH CHECK (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = platform_post.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ));
--rollback DROP POLICY platform_post_insert ON platform_post;

--changeset segmint:publishing-create-policy-platform-post-update
CREATE POLICY platform_post_update ON platform_post FOR UPDATE
    USING (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = platform_post.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ))
    WITH CHECK (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = platform_post.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ));
--rollback DROP POLICY platform_post_update ON platform_post;

--changeset segmint:publishing-create-policy-platform-post-delete
CREATE POLICY platform_post_delete ON platform_post FOR DELETE
    USING (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = platform_post.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ));
--rollback DROP POLICY platform_post_delete ON platform_post;

--changeset segmint:publishing-create-policy-platform-post-readonly-select
CREATE POLICY platform_post_readonly_select ON platform_post FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY platform_post_readonly_select ON platform_post;

--changeset segmint:publishing-enable-rls-publish-error
ALTER TABLE publish_error ENABLE ROW LEVEL SECURITY;
ALTER TABLE publish_error FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE publish_error NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE publish_error DISABLE ROW LEVEL SECURITY;

--changeset segmint:publishing-create-policy-publish-error-select
CREATE POLICY publish_error_select ON publish_error FOR SELECT
    USING (EXISTS (
        SELECT 1 FROM platform_post p
        WHERE p.id = publish_error.platform_post_id
          AND p.created_at = publish_error.platform_post_created_at
    ));
--rollback DROP POLICY publish_error_select ON publish_error;

--changeset segmint:publishing-create-policy-publish-error-insert
--comment: raw errors are written by the dispatcher (role system) only
CREATE POLICY publish_error_insert ON publish_error FOR INSERT
    WITH CHECK (is_privileged());
--rollback DROP POLICY publish_error_insert ON publish_error;

--changeset segmint:publishing-create-policy-publish-error-update
CREATE POLICY publish_error_update ON publish_error FOR UPDATE
    USING (is_privileged())
    WITH CHECK (is_privileged());
--rollback DROP POLICY publish_error_update ON publish_error;

--changeset segmint:publishing-create-policy-publish-error-delete
CREATE POLICY publish_error_delete ON publish_error FOR DELETE
    USING (is_privileged());
--rollback DROP POLICY publish_error_delete ON publish_error;

--changeset segmint:publishing-create-policy-publish-error-readonly-select
CREATE POLICY publish_error_readonly_select ON publish_error FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY publish_error_readonly_select ON publish_error;

--changeset segmint:publishing-enable-rls-platform-post-slot
--comment: not forced: the owner (the SECURITY DEFINER slot trigger) bypasses; the application has no grant and no policy
ALTER TABLE platform_post_slot ENABLE ROW LEVEL SECURITY;
--rollback ALTER TABLE platform_post_slot DISABLE ROW LEVEL SECURITY;

--changeset segmint:publishing-create-policy-platform-post-slot-readonly-select
CREATE POLICY platform_post_slot_readonly_select ON platform_post_slot FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY platform_post_slot_readonly_select ON platform_post_slot;
