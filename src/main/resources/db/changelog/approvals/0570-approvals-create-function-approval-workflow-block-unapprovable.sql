--liquibase formatted sql

--changeset segmint:approvals-create-function-approval-workflow-is-approvable splitStatements:false
--comment: the boolean form of approval_workflow_require_approvable: the workflow has an approver besides its owner and no stage has fewer such approvers than the policy's N; NULL for no such workflow
CREATE FUNCTION approval_workflow_is_approvable(p_workflow_id int) RETURNS boolean
    LANGUAGE sql
    STABLE
    SET search_path = segmint, pg_catalog
AS $$
    SELECT EXISTS (
               SELECT 1 FROM team_member t
               WHERE t.workflow_id = w.id AND t.role = 'approver' AND t.member_id IS DISTINCT FROM w.user_id
           )
       AND NOT EXISTS (
               SELECT 1 FROM team_member t
               WHERE t.workflow_id = w.id AND t.role = 'approver' AND t.member_id IS DISTINCT FROM w.user_id
               GROUP BY t.stage
               HAVING count(*) < w.required_approvals
           )
    FROM approval_workflow w
    WHERE w.id = p_workflow_id
$$;
--rollback DROP FUNCTION approval_workflow_is_approvable(int);

--changeset segmint:approvals-revoke-function-approval-workflow-is-approvable
REVOKE EXECUTE ON FUNCTION approval_workflow_is_approvable(int) FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION approval_workflow_is_approvable(int) TO PUBLIC;

--changeset segmint:approvals-create-function-approval-workflow-block-unapprovable splitStatements:false
--comment: a pending workflow that can no longer be approved (an approver's account was erased or deleted) must not wait forever unnoticed: it is blocked as changes_requested and its owner gets a workflow_blocked notification, in the caller's transaction. The round in its event key tells apart a workflow blocked again after an edit in the same transaction.
CREATE FUNCTION approval_workflow_block_unapprovable(p_workflow_ids int[]) RETURNS void
    LANGUAGE sql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
    WITH blocked AS (
        UPDATE approval_workflow w
        SET status = 'changes_requested'
        WHERE w.id = ANY (p_workflow_ids)
          AND w.status = 'pending'
          AND NOT approval_workflow_is_approvable(w.id)
        RETURNING w.id, w.user_id, w.content_id, w.round
    )
    INSERT INTO notification (user_id, kind, message, link, event_key)
    SELECT b.user_id,
           'workflow_blocked',
           format('The approval workflow %s of "%s" can no longer be approved: an approver''s account was removed.'
                  || ' It waits as changes_requested; add an approver to make it pending again.',
                  b.id, coalesce(c.title, '')),
           '/api/v1/workflows/' || b.id,
           'workflow-blocked:' || b.id || ':' || b.round || ':' || txid_current()
    FROM blocked b
    LEFT JOIN content c ON c.id = b.content_id
    WHERE b.user_id IS NOT NULL
$$;
--rollback DROP FUNCTION approval_workflow_block_unapprovable(int[]);

--changeset segmint:approvals-revoke-function-approval-workflow-block-unapprovable
REVOKE EXECUTE ON FUNCTION approval_workflow_block_unapprovable(int[]) FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION approval_workflow_block_unapprovable(int[]) TO PUBLIC;
