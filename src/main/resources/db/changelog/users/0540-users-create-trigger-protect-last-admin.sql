--liquibase formatted sql

--changeset segmint:users-create-function-protect-last-admin splitStatements:false
--comment: an installation always keeps one live admin: demoting, soft-deleting or deleting (erasure) the last one raises SQLSTATE SGU01 (409 last-admin). The advisory lock serializes such changes, and the check after it takes a fresh snapshot (READ COMMITTED), so two concurrent demotions of the last two admins cannot both pass.
CREATE FUNCTION users_protect_last_admin() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.role = 'admin' AND NEW.deleted_at IS NULL THEN
        RETURN NEW;
    END IF;
    -- "Segmint\x02": one last-admin check at a time (0x...01 serializes first registrations)
    PERFORM pg_advisory_xact_lock(6009322997413737474);
    IF NOT EXISTS (
        SELECT 1 FROM users u
        WHERE u.role = 'admin' AND u.deleted_at IS NULL AND u.id <> OLD.id
    ) THEN
        RAISE EXCEPTION 'user % is the last active admin', OLD.id
            USING ERRCODE = 'SGU01',
                  COLUMN = CASE WHEN TG_OP = 'DELETE' THEN 'id'
                                WHEN NEW.role <> 'admin' THEN 'role'
                                ELSE 'deleted_at' END,
                  TABLE = TG_TABLE_NAME,
                  SCHEMA = TG_TABLE_SCHEMA,
                  HINT = 'Make another user admin first.';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION users_protect_last_admin();

--changeset segmint:users-create-trigger-protect-last-admin
CREATE TRIGGER users_protect_last_admin
    BEFORE UPDATE OF role, deleted_at OR DELETE ON users
    FOR EACH ROW
    WHEN (OLD.role = 'admin' AND OLD.deleted_at IS NULL)
    EXECUTE FUNCTION users_protect_last_admin();
--rollback DROP TRIGGER users_protect_last_admin ON users;
