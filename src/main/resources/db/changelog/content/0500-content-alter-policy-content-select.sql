--liquibase formatted sql

--changeset segmint:content-alter-policy-content-select-once-per-statement
--comment: the same rule, with the session functions as scalar subqueries: PostgreSQL evaluates them once per statement (InitPlans) instead of once per row, which made a scan of 100,000 rows spend most of its time in app_user_id() and is_privileged()
ALTER POLICY content_select ON content
    USING (
        user_id = (SELECT app_user_id())
        OR (SELECT is_privileged())
        OR EXISTS (
            SELECT 1
            FROM team_member t
            JOIN approval_workflow w ON w.id = t.workflow_id
            WHERE w.content_id = content.id AND t.member_id = (SELECT app_user_id())
        )
    );
--rollback ALTER POLICY content_select ON content
--rollback     USING (
--rollback         user_id = app_user_id()
--rollback         OR is_privileged()
--rollback         OR EXISTS (
--rollback             SELECT 1
--rollback             FROM team_member t
--rollback             JOIN approval_workflow w ON w.id = t.workflow_id
--rollback             WHERE w.content_id = content.id AND t.member_id = app_user_id()
--rollback         )
--rollback     );
