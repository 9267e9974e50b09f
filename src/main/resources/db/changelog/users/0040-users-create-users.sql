--liquibase formatted sql

--changeset segmint:users-create-type-user-role
CREATE TYPE user_role AS ENUM ('creator', 'team_member', 'admin');
--rollback DROP TYPE user_role;

--changeset segmint:users-create-table-users
--comment: the spec's User; named users because user is reserved. Soft-deleted through deleted_at.
CREATE TABLE users (
    id            SERIAL PRIMARY KEY,
    username      VARCHAR(50)  NOT NULL,
    email         VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          user_role    NOT NULL DEFAULT 'creator',
    time_zone     VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at    TIMESTAMPTZ  NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT users_username_check CHECK (btrim(username) <> ''),
    CONSTRAINT users_email_check CHECK (position('@' IN email) > 1)
);
--rollback DROP TABLE users;

--changeset segmint:users-create-index-username
--comment: the spec's UNIQUE, limited to live accounts so a soft-deleted name can be taken again
CREATE UNIQUE INDEX users_username_key ON users (username) WHERE deleted_at IS NULL;
--rollback DROP INDEX users_username_key;

--changeset segmint:users-create-index-email
--comment: the spec's UNIQUE, case-insensitive and limited to live accounts
CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE deleted_at IS NULL;
--rollback DROP INDEX users_email_key;

--changeset segmint:users-create-function-check-time-zone splitStatements:false
--comment: a user's time zone must be one PostgreSQL knows, so local-time conversions never fail later
CREATE FUNCTION users_check_time_zone() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.time_zone IS NOT DISTINCT FROM OLD.time_zone THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = NEW.time_zone) THEN
        RAISE EXCEPTION 'time_zone "%" is not a known time zone', NEW.time_zone
            USING ERRCODE = '22023',
                  COLUMN = 'time_zone',
                  TABLE = TG_TABLE_NAME,
                  SCHEMA = TG_TABLE_SCHEMA,
                  HINT = 'Use an IANA name such as Europe/Berlin or UTC.';
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION users_check_time_zone();

--changeset segmint:users-create-trigger-check-time-zone
CREATE TRIGGER users_check_time_zone
    BEFORE INSERT OR UPDATE OF time_zone ON users
    FOR EACH ROW EXECUTE FUNCTION users_check_time_zone();
--rollback DROP TRIGGER users_check_time_zone ON users;

--changeset segmint:users-create-function-guard-role splitStatements:false
--comment: row-level security cannot protect a single column: only admins and internal jobs may change a role
CREATE FUNCTION users_guard_role() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF NEW.role IS DISTINCT FROM OLD.role AND NOT is_privileged() THEN
        RAISE EXCEPTION 'only an admin may change role'
            USING ERRCODE = '42501',
                  COLUMN = 'role',
                  TABLE = TG_TABLE_NAME,
                  SCHEMA = TG_TABLE_SCHEMA;
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION users_guard_role();

--changeset segmint:users-create-trigger-guard-role
CREATE TRIGGER users_guard_role
    BEFORE UPDATE OF role ON users
    FOR EACH ROW EXECUTE FUNCTION users_guard_role();
--rollback DROP TRIGGER users_guard_role ON users;

--changeset segmint:users-create-trigger-set-updated-at
CREATE TRIGGER users_set_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TRIGGER users_set_updated_at ON users;

--changeset segmint:users-create-trigger-bump-version
CREATE TRIGGER users_bump_version
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION bump_version();
--rollback DROP TRIGGER users_bump_version ON users;

--changeset segmint:users-grant-users-app
GRANT SELECT, INSERT, UPDATE, DELETE ON users TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE users_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE users_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON users FROM segmint_app;

--changeset segmint:users-grant-users-readonly
--comment: analytics never sees email or password_hash (users_masked offers a pseudonymous email)
GRANT SELECT (id, username, role, time_zone, created_at, updated_at, deleted_at, version) ON users TO segmint_readonly;
--rollback REVOKE SELECT (id, username, role, time_zone, created_at, updated_at, deleted_at, version) ON users FROM segmint_readonly;
