--liquibase formatted sql

--changeset segmint:content-enable-rls-content
ALTER TABLE content ENABLE ROW LEVEL SECURITY;
ALTER TABLE content FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE content NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE content DISABLE ROW LEVEL SECURITY;

--changeset segmint:content-create-policy-content-select
--comment: the author, admins and jobs, and every team member of a workflow on the content
CREATE POLICY content_select ON content FOR SELECT
    USING (
        user_id = app_user_id()
        OR is_privileged()
        OR EXISTS (
            SELECT 1
            FROM team_member t
            JOIN approval_workflow w ON w.id = t.workflow_id
            WHERE w.content_id = content.id AND t.member_id = app_user_id()
        )
    );
--rollback DROP POLICY content_select ON content;

--changeset segmint:content-create-policy-content-insert
CREATE POLICY content_insert ON content FOR INSERT
    WITH CHECK (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY content_insert ON content;

--changeset segmint:content-create-policy-content-update
CREATE POLICY content_update ON content FOR UPDATE
    USING (user_id = app_user_id() OR is_privileged())
    WITH CHECK (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY content_update ON content;

--changeset segmint:content-create-policy-content-delete
CREATE POLICY content_delete ON content FOR DELETE
    USING (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY content_delete ON content;

--changeset segmint:content-create-policy-content-readonly-select
CREATE POLICY content_readonly_select ON content FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY content_readonly_select ON content;

--changeset segmint:content-enable-rls-idea-suggestion
ALTER TABLE idea_suggestion ENABLE ROW LEVEL SECURITY;
ALTER TABLE idea_suggestion FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE idea_suggestion NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE idea_suggestion DISABLE ROW LEVEL SECURITY;

--changeset segmint:content-create-policy-idea-suggestion-select
--comment: visible with its content (the content's own policy decides)
CREATE POLICY idea_suggestion_select ON idea_suggestion FOR SELECT
    USING (EXISTS (SELECT 1 FROM content c WHERE c.id = idea_suggestion.content_id));
--rollback DROP POLICY idea_suggestion_select ON idea_suggestion;

--changeset segmint:content-create-policy-idea-suggestion-insert
CREATE POLICY idea_suggestion_insert ON idea_suggestion FOR INSERT
    WITH CHECK (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = idea_suggestion.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ));
--rollback DROP POLICY idea_suggestion_insert ON idea_suggestion;

--changeset segmint:content-create-policy-idea-suggestion-update
CREATE POLICY idea_suggestion_update ON idea_suggestion FOR UPDATE
    USING (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = idea_suggestion.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ))
    WITH CHECK (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = idea_suggestion.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ));
--rollback DROP POLICY idea_suggestion_update ON idea_suggestion;

--changeset segmint:content-create-policy-idea-suggestion-delete
CREATE POLICY idea_suggestion_delete ON idea_suggestion FOR DELETE
    USING (EXISTS (
        SELECT 1 FROM content c
        WHERE c.id = idea_suggestion.content_id AND (c.user_id = app_user_id() OR is_privileged())
    ));
--rollback DROP POLICY idea_suggestion_delete ON idea_suggestion;

--changeset segmint:content-create-policy-idea-suggestion-readonly-select
CREATE POLICY idea_suggestion_readonly_select ON idea_suggestion FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY idea_suggestion_readonly_select ON idea_suggestion;
