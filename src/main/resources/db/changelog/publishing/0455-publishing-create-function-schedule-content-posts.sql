--liquibase formatted sql

--changeset segmint:publishing-create-function-schedule-content-posts splitStatements:false
--comment: schedules one content to several connected profiles at once, all or nothing, each post with its own text, media and thread parts; p_posts is [{"socialProfileId", "text", "mediaIds", "threadParts"}]. Media must be the content owner's; each post stores them in the shape MediaLibrary documents. Runs with the caller's rights, so row-level security applies.
CREATE FUNCTION schedule_content_posts(
    p_content_id     int,
    p_scheduled_time timestamptz,
    p_posts          jsonb
) RETURNS SETOF platform_post
    LANGUAGE plpgsql
    SECURITY INVOKER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    content_owner int;
    entry         jsonb;
    profile_id    int;
    profile       record;
    media_json    jsonb;
    media_wanted  int;
    media_found   int;
    post          platform_post;
BEGIN
    IF p_scheduled_time IS NULL OR p_scheduled_time <= now() THEN
        RAISE EXCEPTION 'scheduled_time must be in the future'
            USING ERRCODE = '22023', COLUMN = 'scheduled_time';
    END IF;
    IF jsonb_typeof(p_posts) IS DISTINCT FROM 'array' OR jsonb_array_length(p_posts) = 0 THEN
        RAISE EXCEPTION 'posts must be a non-empty array'
            USING ERRCODE = '22023', COLUMN = 'social_profile_id';
    END IF;
    IF jsonb_array_length(p_posts)
       <> (SELECT count(DISTINCT e->>'socialProfileId') FROM jsonb_array_elements(p_posts) AS e) THEN
        RAISE EXCEPTION 'posts must not name a profile twice'
            USING ERRCODE = '22023', COLUMN = 'social_profile_id';
    END IF;

    SELECT c.user_id INTO content_owner
    FROM content c
    WHERE c.id = p_content_id
      AND c.deleted_at IS NULL
      AND (c.user_id = app_user_id() OR is_privileged());
    IF NOT FOUND THEN
        RAISE EXCEPTION 'content % not found', p_content_id
            USING ERRCODE = 'P0002', COLUMN = 'content_id';
    END IF;

    FOR entry IN SELECT e FROM jsonb_array_elements(p_posts) AS e LOOP
        profile_id := (entry->>'socialProfileId')::int;
        SELECT sp.user_id, sp.deleted_at, sp.needs_reconnect, p.id AS platform_id
        INTO profile
        FROM social_profile sp
        JOIN platform p ON p.code = sp.platform
        WHERE sp.id = profile_id;
        IF NOT FOUND
           OR profile.user_id IS DISTINCT FROM content_owner
           OR profile.deleted_at IS NOT NULL
           OR profile.needs_reconnect THEN
            RAISE EXCEPTION 'social_profile_id % is not a connected profile of the content''s owner', profile_id
                USING ERRCODE = '23514', COLUMN = 'social_profile_id',
                      HINT = 'The profile must belong to the content''s owner, not be deleted and not need a reconnect.';
        END IF;

        SELECT coalesce(jsonb_agg(jsonb_build_object(
                   'mediaId', m.id, 'kind', m.kind, 'mimeType', m.mime_type, 'sizeBytes', m.size_bytes)
                   ORDER BY e.n) FILTER (WHERE m.id IS NOT NULL), '[]'::jsonb),
               count(*), count(m.id)
        INTO media_json, media_wanted, media_found
        FROM jsonb_array_elements_text(coalesce(entry->'mediaIds', '[]'::jsonb)) WITH ORDINALITY AS e(id, n)
        LEFT JOIN media m ON m.id = e.id::uuid AND m.owner_id = content_owner;
        IF media_found <> media_wanted THEN
            RAISE EXCEPTION 'a media id of social_profile_id % is not the content owner''s media', profile_id
                USING ERRCODE = 'P0002', COLUMN = 'media_id';
        END IF;

        INSERT INTO platform_post (content_id, platform_id, social_profile_id, scheduled_time, status,
                                   text_variant, media, thread_parts)
        VALUES (p_content_id, profile.platform_id, profile_id, p_scheduled_time, 'scheduled',
                entry->>'text', media_json,
                CASE WHEN jsonb_typeof(entry->'threadParts') = 'array'
                     THEN ARRAY(SELECT jsonb_array_elements_text(entry->'threadParts')) END)
        RETURNING * INTO post;
        RETURN NEXT post;
    END LOOP;
    RETURN;
END
$$;
--rollback DROP FUNCTION schedule_content_posts(int, timestamptz, jsonb);

--changeset segmint:publishing-grant-function-schedule-content-posts
REVOKE EXECUTE ON FUNCTION schedule_content_posts(int, timestamptz, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION schedule_content_posts(int, timestamptz, jsonb) TO segmint_app;
--rollback GRANT EXECUTE ON FUNCTION schedule_content_posts(int, timestamptz, jsonb) TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION schedule_content_posts(int, timestamptz, jsonb) FROM segmint_app;
