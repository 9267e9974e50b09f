--liquibase formatted sql

--changeset segmint:publishing-create-type-social-platform
CREATE TYPE social_platform AS ENUM ('LinkedIn', 'Twitter', 'Instagram', 'YouTube');
--rollback DROP TYPE social_platform;

--changeset segmint:publishing-create-table-platform
--comment: the platform catalog; code ties each row to the social_platform enum that social_profile uses
CREATE TABLE platform (
    id           SERIAL PRIMARY KEY,
    name         VARCHAR(50)     NOT NULL UNIQUE,
    api_endpoint TEXT            NOT NULL,
    created_at   TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    code         social_platform NOT NULL UNIQUE
);
--rollback DROP TABLE platform;

--changeset segmint:publishing-insert-platforms
INSERT INTO platform (name, code, api_endpoint) VALUES
    ('LinkedIn', 'LinkedIn', 'https://api.linkedin.com/rest'),
    ('X (Twitter)', 'Twitter', 'https://api.x.com/2'),
    ('Instagram', 'Instagram', 'https://graph.facebook.com/v21.0'),
    ('YouTube', 'YouTube', 'https://www.googleapis.com/youtube/v3');
--rollback DELETE FROM platform WHERE code IN ('LinkedIn', 'Twitter', 'Instagram', 'YouTube');

--changeset segmint:publishing-grant-platform
--comment: not user-owned, so no row-level security; that only admins change it is the application's rule
GRANT SELECT, INSERT, UPDATE, DELETE ON platform TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE platform_id_seq TO segmint_app;
GRANT SELECT ON platform TO segmint_readonly;
--rollback REVOKE SELECT ON platform FROM segmint_readonly;
--rollback REVOKE USAGE, SELECT ON SEQUENCE platform_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON platform FROM segmint_app;
