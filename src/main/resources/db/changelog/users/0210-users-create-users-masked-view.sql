--liquibase formatted sql

--changeset segmint:users-create-view-users-masked
--comment: users for analytics: no password hash, and the email replaced by a stable pseudonym that keeps only its domain
CREATE VIEW users_masked AS
SELECT u.id,
       u.username,
       u.role,
       u.time_zone,
       u.created_at,
       u.deleted_at,
       'u_' || left(encode(sha256(convert_to(lower(u.email), 'UTF8')), 'hex'), 16)
           || '@' || split_part(u.email, '@', 2) AS email_pseudonym
FROM users u;
--rollback DROP VIEW users_masked;

--changeset segmint:users-grant-view-users-masked-readonly
GRANT SELECT ON users_masked TO segmint_readonly;
--rollback REVOKE SELECT ON users_masked FROM segmint_readonly;
