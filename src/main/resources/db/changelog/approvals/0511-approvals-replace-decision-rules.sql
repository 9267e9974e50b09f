--liquibase formatted sql

--changeset segmint:approvals-replace-function-workflow-decision-apply splitStatements:false rollbackSplitStatements:false
--comment: a reject rejects the workflow; a request for changes (by a reviewer or an approver) moves it to changes_requested; an approve that satisfies every stage approves it
CREATE OR REPLACE FUNCTION workflow_decision_apply() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF NEW.kind = 'reject' THEN
        UPDATE approval_workflow SET status = 'rejected' WHERE id = NEW.workflow_id;
    ELSIF NEW.kind = 'request_changes' THEN
        UPDATE approval_workflow SET status = 'changes_requested' WHERE id = NEW.workflow_id;
    ELSIF NEW.kind = 'approve' AND approval_stages_satisfied(NEW.workflow_id, NULL) THEN
        UPDATE approval_workflow SET status = 'approved' WHERE id = NEW.workflow_id;
    END IF;
    RETURN NULL;
END
$$;
--rollback CREATE OR REPLACE FUNCTION workflow_decision_apply() RETURNS trigger
--rollback     LANGUAGE plpgsql
--rollback     SECURITY DEFINER
--rollback     SET search_path = segmint, pg_catalog
--rollback AS $$
--rollback BEGIN
--rollback     IF NEW.kind = 'reject' THEN
--rollback         UPDATE approval_workflow SET status = 'rejected' WHERE id = NEW.workflow_id;
--rollback     ELSIF NEW.kind = 'approve' AND approval_stages_satisfied(NEW.workflow_id, NULL) THEN
--rollback         UPDATE approval_workflow SET status = 'approved' WHERE id = NEW.workflow_id;
--rollback     END IF;
--rollback     RETURN NULL;
--rollback END
--rollback $$;

--changeset segmint:approvals-replace-function-approval-stage-satisfied splitStatements:false rollbackSplitStatements:false
--comment: the workflow's owner never approves their own content, so an owner listed as approver does not count toward "every approver" (or N) of a stage
CREATE OR REPLACE FUNCTION approval_stage_satisfied(p_workflow_id int, p_stage int) RETURNS boolean
    LANGUAGE sql
    STABLE
    SET search_path = segmint, pg_catalog
AS $$
    SELECT coalesce((
        SELECT count(d.id) >= least(coalesce(w.required_approvals, count(t.id)), count(t.id))
        FROM approval_workflow w
        JOIN team_member t ON t.workflow_id = w.id AND t.role = 'approver' AND t.stage = p_stage
                          AND t.member_id IS DISTINCT FROM w.user_id
        LEFT JOIN workflow_decision d
            ON d.workflow_id = w.id AND d.decider_id = t.member_id AND d.round = w.round
           AND d.kind = 'approve'
        WHERE w.id = p_workflow_id
        GROUP BY w.required_approvals
    ), true)
$$;
--rollback CREATE OR REPLACE FUNCTION approval_stage_satisfied(p_workflow_id int, p_stage int) RETURNS boolean
--rollback     LANGUAGE sql
--rollback     STABLE
--rollback     SET search_path = segmint, pg_catalog
--rollback AS $$
--rollback     SELECT coalesce((
--rollback         SELECT count(d.id) >= least(coalesce(w.required_approvals, count(t.id)), count(t.id))
--rollback         FROM approval_workflow w
--rollback         JOIN team_member t ON t.workflow_id = w.id AND t.role = 'approver' AND t.stage = p_stage
--rollback         LEFT JOIN workflow_decision d
--rollback             ON d.workflow_id = w.id AND d.decider_id = t.member_id AND d.round = w.round
--rollback            AND d.kind = 'approve'
--rollback         WHERE w.id = p_workflow_id
--rollback         GROUP BY w.required_approvals
--rollback     ), true)
--rollback $$;
