--liquibase formatted sql

--changeset segmint:content-add-column-content-created-hour
--comment: the UTC hour of created_at (hours since the epoch), so that the (hour, words) GIN index can keep the matches of a recent window apart from older ones; extract(epoch FROM timestamptz) is not immutable, its form on the UTC timestamp is. Adding a stored column rewrites the table
ALTER TABLE content
    ADD COLUMN created_hour INT NOT NULL
        GENERATED ALWAYS AS (floor(extract(epoch FROM (created_at AT TIME ZONE 'UTC')) / 3600)::int) STORED;
--rollback ALTER TABLE content DROP COLUMN created_hour;
