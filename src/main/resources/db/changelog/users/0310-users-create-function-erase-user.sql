--liquibase formatted sql

--changeset segmint:users-create-function-erase-user splitStatements:false
--comment: the right to erasure in one transaction: deletes the account (content and workflows keep their history with user_id NULL) and pseudonymizes the audit trail's copies of its personal data, which no application role may change
CREATE FUNCTION erase_user(p_user_id int) RETURNS void
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    pseudonym jsonb := jsonb_build_object(
        'username', 'erased_' || p_user_id,
        'email', 'erased_' || p_user_id || '@erased.invalid');
BEGIN
    IF NOT is_privileged() THEN
        RAISE EXCEPTION 'only an admin may erase a user'
            USING ERRCODE = '42501';
    END IF;
    DELETE FROM users WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'user % not found', p_user_id
            USING ERRCODE = 'P0002', COLUMN = 'id';
    END IF;
    -- runs after the DELETE so that the audit row it wrote is pseudonymized too
    UPDATE audit_event
    SET old_row = CASE WHEN old_row IS NULL THEN NULL ELSE old_row || pseudonym END,
        new_row = CASE WHEN new_row IS NULL THEN NULL ELSE new_row || pseudonym END
    WHERE table_name = 'users' AND row_id = p_user_id::text;
    UPDATE audit_event
    SET old_row = CASE WHEN old_row IS NULL THEN NULL
                       ELSE old_row || jsonb_build_object('profile_handle', 'erased') END,
        new_row = CASE WHEN new_row IS NULL THEN NULL
                       ELSE new_row || jsonb_build_object('profile_handle', 'erased') END
    WHERE table_name = 'social_profile'
      AND coalesce(old_row, new_row) ->> 'user_id' = p_user_id::text;
END
$$;
--rollback DROP FUNCTION erase_user(int);

--changeset segmint:users-grant-function-erase-user
REVOKE EXECUTE ON FUNCTION erase_user(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_user(int) TO segmint_app;
--rollback GRANT EXECUTE ON FUNCTION erase_user(int) TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION erase_user(int) FROM segmint_app;
