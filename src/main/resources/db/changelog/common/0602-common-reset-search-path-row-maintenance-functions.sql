--liquibase formatted sql

--changeset segmint:common-reset-search-path-set-updated-at
--comment: a SET clause makes every call save, set and restore search_path, once per changed row of every table; these two trigger functions name no object (only NEW, OLD and now()), are not SECURITY DEFINER, and so need no fixed search_path
ALTER FUNCTION set_updated_at() RESET search_path;
--rollback ALTER FUNCTION set_updated_at() SET search_path = segmint, pg_catalog;

--changeset segmint:common-reset-search-path-bump-version
ALTER FUNCTION bump_version() RESET search_path;
--rollback ALTER FUNCTION bump_version() SET search_path = segmint, pg_catalog;
