--liquibase formatted sql

--changeset segmint:notifications-create-policy-notification-owner-insert
--comment: database rules that run as the owner (SECURITY DEFINER, e.g. approval_workflow_reopen) tell a user in the same transaction as what they report; the owner could disable row-level security anyway
CREATE POLICY notification_owner_insert ON notification FOR INSERT TO segmint_owner
    WITH CHECK (true);
--rollback DROP POLICY notification_owner_insert ON notification;
