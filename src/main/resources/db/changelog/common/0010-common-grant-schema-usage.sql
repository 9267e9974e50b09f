--liquibase formatted sql

--changeset segmint:common-grant-schema-usage
--comment: the application and analytics roles may resolve names in the schema; only the owner creates objects
GRANT USAGE ON SCHEMA segmint TO segmint_app, segmint_readonly;
--rollback REVOKE USAGE ON SCHEMA segmint FROM segmint_app, segmint_readonly;
