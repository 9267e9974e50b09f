-- Cluster-level bootstrap for Segmint. Run once as a superuser, before creating the database
-- and before Liquibase. Idempotent: safe to run again. Passwords are set by the operator
-- (embedded mode trusts localhost).
--   segmint_owner    owns the schema and every object in it; Liquibase runs as this role.
--   segmint_app      the application: DML only, row-level security always applies.
--   segmint_readonly analytics: SELECT on non-secret columns only.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'segmint_owner') THEN
        CREATE ROLE segmint_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'segmint_app') THEN
        CREATE ROLE segmint_app LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'segmint_readonly') THEN
        CREATE ROLE segmint_readonly LOGIN;
    END IF;
END
$$;

-- Enforced on every run, so a pre-existing role cannot keep a dangerous attribute.
ALTER ROLE segmint_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE segmint_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE segmint_readonly LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
