-- Database-level bootstrap for Segmint. Run once as a superuser while connected to database
-- segmint (created beforehand with OWNER segmint_owner), after roles.sql and before Liquibase.
-- Idempotent: safe to run again.

CREATE SCHEMA IF NOT EXISTS segmint AUTHORIZATION segmint_owner;

ALTER ROLE segmint_owner IN DATABASE segmint SET search_path = segmint;
ALTER ROLE segmint_app IN DATABASE segmint SET search_path = segmint;
ALTER ROLE segmint_readonly IN DATABASE segmint SET search_path = segmint;

-- Nobody but the owner creates objects; nothing lands in public by accident.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE segmint FROM PUBLIC;
GRANT CONNECT ON DATABASE segmint TO segmint_app, segmint_readonly;
