--liquibase formatted sql

--changeset segmint:publishing-revoke-function-schedule-content
--comment: schedule_content_posts (0455) does all that schedule_content did, with per-post text, media and threads; the API and the tests call only that one, so its older twin goes. Each rollback re-runs the changeset of 0200 that this one undoes.
REVOKE EXECUTE ON FUNCTION schedule_content(int, int[], timestamptz, text) FROM segmint_app;
--rollback changesetId:publishing-grant-function-schedule-content changesetAuthor:segmint changesetPath:db/changelog/publishing/0200-publishing-create-function-schedule-content.sql

--changeset segmint:publishing-drop-function-schedule-content
DROP FUNCTION schedule_content(int, int[], timestamptz, text);
--rollback changesetId:publishing-create-function-schedule-content changesetAuthor:segmint changesetPath:db/changelog/publishing/0200-publishing-create-function-schedule-content.sql
