--liquibase formatted sql

--changeset segmint:publishing-create-function-schedule-content splitStatements:false
--comment: schedules one content to several connected profiles at once, all or nothing; runs with the caller's rights, so row-level security applies
CREATE FUNCTION schedule_content(
    p_content_id         int,
    p_social_profile_ids int[],
    p_scheduled_time     timestamptz,
    p_text_variant       text DEFAULT NULL
) RETURNS SETOF platform_post
    LANGUAGE plpgsql
    SECURITY INVOKER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    content_owner int;
    profile_id    int;
    profile       record;
    post          platform_post;
BEGIN
    IF p_scheduled_time IS NULL OR p_scheduled_time <= now() THEN
        RAISE EXCEPTION 'scheduled_time must be in the future'
            USING ERRCODE = '22023', COLUMN = 'scheduled_time';
    END IF;
    IF coalesce(cardinality(p_social_profile_ids), 0) = 0 THEN
        RAISE EXCEPTION 'social_profile_ids must not be empty'
            USING ERRCODE = '22023', COLUMN = 'social_profile_id';
    END IF;
    IF array_position(p_social_profile_ids, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'social_profile_ids must not contain null'
            USING ERRCODE = '22023', COLUMN = 'social_profile_id';
    END IF;
    IF cardinality(p_social_profile_ids)
       <> (SELECT count(DISTINCT u.id) FROM unnest(p_social_profile_ids) AS u(id)) THEN
        RAISE EXCEPTION 'social_profile_ids must not contain duplicates'
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

    FOREACH profile_id IN ARRAY p_social_profile_ids LOOP
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

        INSERT INTO platform_post (content_id, platform_id, social_profile_id, scheduled_time, status, text_variant)
        VALUES (p_content_id, profile.platform_id, profile_id, p_scheduled_time, 'scheduled', p_text_variant)
        RETURNING * INTO post;
        RETURN NEXT post;
    END LOOP;
    RETURN;
END
$$;
--rollback DROP FUNCTION schedule_content(int, int[], timestamptz, text);

--changeset segmint:publishing-grant-function-schedule-content
REVOKE EXECUTE ON FUNCTION schedule_content(int, int[], timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION schedule_content(int, int[], timestamptz, text) TO segmint_app;
--rollback GRANT EXECUTE ON FUNCTION schedule_content(int, int[], timestamptz, text) TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION schedule_content(int, int[], timestamptz, text) FROM segmint_app;
