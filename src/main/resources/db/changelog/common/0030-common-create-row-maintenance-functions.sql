--liquibase formatted sql

--changeset segmint:common-create-function-set-updated-at splitStatements:false
--comment: BEFORE UPDATE trigger: updated_at always reflects the last change, whatever the client sent
CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION set_updated_at();

--changeset segmint:common-create-function-bump-version splitStatements:false
--comment: BEFORE UPDATE trigger for optimistic locking: every update increments version by one
CREATE FUNCTION bump_version() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION bump_version();
