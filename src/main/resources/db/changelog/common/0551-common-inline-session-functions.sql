--liquibase formatted sql

--changeset segmint:common-inline-function-app-user-id splitStatements:false
--comment: a LANGUAGE sql function with a SET clause is never inlined, so every policy paid a function call, with a save and restore of search_path, per row it checked. Without the SET clause PostgreSQL inlines these three into each policy; their bodies name only pg_catalog (always searched first) and schema-qualified functions, so they still do not depend on the caller's search_path.
CREATE OR REPLACE FUNCTION app_user_id() RETURNS int
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
AS $$
    SELECT nullif(pg_catalog.current_setting('app.user_id', true), '')::pg_catalog.int4
$$;
--rollback ALTER FUNCTION app_user_id() SET search_path = segmint, pg_catalog;

--changeset segmint:common-inline-function-app-role splitStatements:false
CREATE OR REPLACE FUNCTION app_role() RETURNS text
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
AS $$
    SELECT coalesce(nullif(pg_catalog.current_setting('app.role', true), ''), 'anonymous')
$$;
--rollback ALTER FUNCTION app_role() SET search_path = segmint, pg_catalog;

--changeset segmint:common-inline-function-is-privileged splitStatements:false
CREATE OR REPLACE FUNCTION is_privileged() RETURNS boolean
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
AS $$
    SELECT segmint.app_role() IN ('admin', 'system')
$$;
--rollback ALTER FUNCTION is_privileged() SET search_path = segmint, pg_catalog;
