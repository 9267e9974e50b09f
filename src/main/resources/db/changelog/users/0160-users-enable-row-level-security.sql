--liquibase formatted sql

--changeset segmint:users-enable-rls-users
--comment: FORCE: the owner's sessions are checked too; only superusers bypass
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE users NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE users DISABLE ROW LEVEL SECURITY;

--changeset segmint:users-create-policy-users-select
CREATE POLICY users_select ON users FOR SELECT
    USING (id = app_user_id() OR is_privileged());
--rollback DROP POLICY users_select ON users;

--changeset segmint:users-create-policy-users-update
CREATE POLICY users_update ON users FOR UPDATE
    USING (id = app_user_id() OR is_privileged())
    WITH CHECK (id = app_user_id() OR is_privileged());
--rollback DROP POLICY users_update ON users;

--changeset segmint:users-create-policy-users-insert
--comment: registration runs as role system
CREATE POLICY users_insert ON users FOR INSERT
    WITH CHECK (is_privileged());
--rollback DROP POLICY users_insert ON users;

--changeset segmint:users-create-policy-users-delete
CREATE POLICY users_delete ON users FOR DELETE
    USING (is_privileged());
--rollback DROP POLICY users_delete ON users;

--changeset segmint:users-create-policy-users-readonly-select
--comment: analytics reads every row, but only the columns granted to it
CREATE POLICY users_readonly_select ON users FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY users_readonly_select ON users;

--changeset segmint:users-create-policy-users-masked-view-select
--comment: users_masked runs with its owner's rights, so the owner's policies apply; current_user is still the caller there
CREATE POLICY users_masked_view_select ON users FOR SELECT TO segmint_owner
    USING (pg_has_role(current_user, 'segmint_readonly', 'MEMBER'));
--rollback DROP POLICY users_masked_view_select ON users;

--changeset segmint:users-enable-rls-social-profile
ALTER TABLE social_profile ENABLE ROW LEVEL SECURITY;
ALTER TABLE social_profile FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE social_profile NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE social_profile DISABLE ROW LEVEL SECURITY;

--changeset segmint:users-create-policy-social-profile-owner
CREATE POLICY social_profile_owner ON social_profile FOR ALL
    USING (user_id = app_user_id() OR is_privileged())
    WITH CHECK (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY social_profile_owner ON social_profile;

--changeset segmint:users-create-policy-social-profile-readonly-select
CREATE POLICY social_profile_readonly_select ON social_profile FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY social_profile_readonly_select ON social_profile;
