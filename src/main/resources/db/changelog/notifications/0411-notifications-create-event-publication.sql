--liquibase formatted sql

--changeset segmint:notifications-create-table-event-publication
--comment: Spring Modulith's JDBC event publication registry (its v2 PostgreSQL schema; its own schema initialization is off): an event between modules is stored with the transaction that publishes it and stays incomplete until its listener succeeds, so it survives a crash
CREATE TABLE event_publication (
    id                     UUID        NOT NULL,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ NULL,
    status                 TEXT        NULL,
    completion_attempts    INT         NULL,
    last_resubmission_date TIMESTAMPTZ NULL,
    CONSTRAINT event_publication_pkey PRIMARY KEY (id)
);
--rollback DROP TABLE event_publication;

--changeset segmint:notifications-create-index-event-publication-serialized-event
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
--rollback DROP INDEX event_publication_serialized_event_hash_idx;

--changeset segmint:notifications-create-index-event-publication-completion-date
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
--rollback DROP INDEX event_publication_by_completion_date_idx;

--changeset segmint:notifications-grant-event-publication-app
--comment: no grant to segmint_readonly: serialized events carry users' messages
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON event_publication FROM segmint_app;
