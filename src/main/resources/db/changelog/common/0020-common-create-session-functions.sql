--liquibase formatted sql

--changeset segmint:common-create-function-app-user-id splitStatements:false
--comment: the acting user of the current transaction, set by the application with set_config('app.user_id', ..., true)
CREATE FUNCTION app_user_id() RETURNS int
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    SET search_path = segmint, pg_catalog
AS $$
    SELECT nullif(current_setting('app.user_id', true), '')::int
$$;
--rollback DROP FUNCTION app_user_id();

--changeset segmint:common-create-function-app-role splitStatements:false
--comment: the acting role of the current transaction; unset means anonymous, which no policy admits
CREATE FUNCTION app_role() RETURNS text
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    SET search_path = segmint, pg_catalog
AS $$
    SELECT coalesce(nullif(current_setting('app.role', true), ''), 'anonymous')
$$;
--rollback DROP FUNCTION app_role();

--changeset segmint:common-create-function-is-privileged splitStatements:false
--comment: admins and internal jobs (role system) see and change every row
CREATE FUNCTION is_privileged() RETURNS boolean
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    SET search_path = segmint, pg_catalog
AS $$
    SELECT app_role() IN ('admin', 'system')
$$;
--rollback DROP FUNCTION is_privileged();

--changeset segmint:common-grant-session-functions
REVOKE EXECUTE ON FUNCTION app_user_id(), app_role(), is_privileged() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_user_id(), app_role(), is_privileged() TO segmint_app, segmint_readonly;
--rollback GRANT EXECUTE ON FUNCTION app_user_id(), app_role(), is_privileged() TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION app_user_id(), app_role(), is_privileged() FROM segmint_app, segmint_readonly;
