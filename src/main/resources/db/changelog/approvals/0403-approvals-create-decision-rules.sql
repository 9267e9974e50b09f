--liquibase formatted sql

--changeset segmint:approvals-create-function-approval-stage-satisfied splitStatements:false
--comment: a stage is satisfied when its approvers' approvals of the current round reach the policy (all, or N capped at the stage's approvers); a stage without approvers always is
CREATE FUNCTION approval_stage_satisfied(p_workflow_id int, p_stage int) RETURNS boolean
    LANGUAGE sql
    STABLE
    SET search_path = segmint, pg_catalog
AS $$
    SELECT coalesce((
        SELECT count(d.id) >= least(coalesce(w.required_approvals, count(t.id)), count(t.id))
        FROM approval_workflow w
        JOIN team_member t ON t.workflow_id = w.id AND t.role = 'approver' AND t.stage = p_stage
        LEFT JOIN workflow_decision d
            ON d.workflow_id = w.id AND d.decider_id = t.member_id AND d.round = w.round
           AND d.kind = 'approve'
        WHERE w.id = p_workflow_id
        GROUP BY w.required_approvals
    ), true)
$$;
--rollback DROP FUNCTION approval_stage_satisfied(int, int);

--changeset segmint:approvals-create-function-approval-stages-satisfied splitStatements:false
--comment: every stage before p_before (all stages when NULL) is satisfied
CREATE FUNCTION approval_stages_satisfied(p_workflow_id int, p_before int) RETURNS boolean
    LANGUAGE sql
    STABLE
    SET search_path = segmint, pg_catalog
AS $$
    SELECT coalesce(bool_and(approval_stage_satisfied(p_workflow_id, s.stage)), true)
    FROM (
        SELECT DISTINCT t.stage FROM team_member t
        WHERE t.workflow_id = p_workflow_id AND t.role = 'approver'
          AND (p_before IS NULL OR t.stage < p_before)
    ) s
$$;
--rollback DROP FUNCTION approval_stages_satisfied(int, int);

--changeset segmint:approvals-revoke-functions-approval-stages
REVOKE EXECUTE ON FUNCTION approval_stage_satisfied(int, int), approval_stages_satisfied(int, int) FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION approval_stage_satisfied(int, int), approval_stages_satisfied(int, int) TO PUBLIC;

--changeset segmint:approvals-create-function-workflow-decision-check splitStatements:false
--comment: who may decide what, and when: a member (or, for comments, the owner) acting for themselves; approve and reject only by an approver who is not the author, once earlier stages are satisfied; verdicts only while pending. Fills round, stage and the owner. SQLSTATE SGA02 = not allowed (403), SGA03 = not now (409), P0002 = not visible (404).
CREATE FUNCTION workflow_decision_check() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    workflow approval_workflow;
    member   team_member;
BEGIN
    SELECT * INTO workflow FROM approval_workflow w WHERE w.id = NEW.workflow_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'workflow % not found', NEW.workflow_id
            USING ERRCODE = 'P0002', COLUMN = 'workflow_id';
    END IF;
    SELECT * INTO member FROM team_member t
    WHERE t.workflow_id = NEW.workflow_id AND t.member_id = NEW.decider_id;
    IF NEW.decider_id IS DISTINCT FROM app_user_id()
       OR (member.id IS NULL AND NEW.decider_id IS DISTINCT FROM workflow.user_id) THEN
        IF is_privileged() THEN
            RAISE EXCEPTION 'only the workflow''s members decide, each for themselves'
                USING ERRCODE = 'SGA02', COLUMN = 'decider_id';
        END IF;
        RAISE EXCEPTION 'workflow % not found', NEW.workflow_id
            USING ERRCODE = 'P0002', COLUMN = 'workflow_id';
    END IF;
    IF NEW.kind IN ('approve', 'reject') AND NEW.decider_id = workflow.user_id THEN
        RAISE EXCEPTION 'no one approves or rejects their own content'
            USING ERRCODE = 'SGA02', COLUMN = 'kind';
    END IF;
    IF NEW.kind IN ('approve', 'reject') AND member.role IS DISTINCT FROM 'approver' THEN
        RAISE EXCEPTION 'only an approver may %', NEW.kind
            USING ERRCODE = 'SGA02', COLUMN = 'kind';
    END IF;
    IF NEW.kind = 'request_changes' AND member.id IS NULL THEN
        RAISE EXCEPTION 'only a reviewer or an approver may request changes'
            USING ERRCODE = 'SGA02', COLUMN = 'kind';
    END IF;
    IF NEW.kind <> 'comment' AND workflow.status <> 'pending' THEN
        RAISE EXCEPTION 'the workflow is %, not pending', workflow.status
            USING ERRCODE = 'SGA03', COLUMN = 'kind';
    END IF;
    IF NEW.kind IN ('approve', 'reject') AND NOT approval_stages_satisfied(workflow.id, member.stage) THEN
        RAISE EXCEPTION 'stage % waits until the earlier stages are approved', member.stage
            USING ERRCODE = 'SGA03', COLUMN = 'kind';
    END IF;
    NEW.round := workflow.round;
    NEW.stage := member.stage;
    NEW.workflow_user_id := workflow.user_id;
    NEW.created_at := now();
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION workflow_decision_check();

--changeset segmint:approvals-create-trigger-workflow-decision-check
CREATE TRIGGER workflow_decision_check
    BEFORE INSERT ON workflow_decision
    FOR EACH ROW EXECUTE FUNCTION workflow_decision_check();
--rollback DROP TRIGGER workflow_decision_check ON workflow_decision;

--changeset segmint:approvals-create-function-workflow-decision-apply splitStatements:false
--comment: a reject rejects the workflow; an approve that satisfies every stage approves it
CREATE FUNCTION workflow_decision_apply() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF NEW.kind = 'reject' THEN
        UPDATE approval_workflow SET status = 'rejected' WHERE id = NEW.workflow_id;
    ELSIF NEW.kind = 'approve' AND approval_stages_satisfied(NEW.workflow_id, NULL) THEN
        UPDATE approval_workflow SET status = 'approved' WHERE id = NEW.workflow_id;
    END IF;
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION workflow_decision_apply();

--changeset segmint:approvals-create-trigger-workflow-decision-apply
CREATE TRIGGER workflow_decision_apply
    AFTER INSERT ON workflow_decision
    FOR EACH ROW EXECUTE FUNCTION workflow_decision_apply();
--rollback DROP TRIGGER workflow_decision_apply ON workflow_decision;

--changeset segmint:approvals-revoke-functions-workflow-decision
REVOKE EXECUTE ON FUNCTION workflow_decision_check(), workflow_decision_apply() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION workflow_decision_check(), workflow_decision_apply() TO PUBLIC;

--changeset segmint:approvals-create-function-approval-workflow-guard-status splitStatements:false
--comment: status and round move only through the rules above (functions owned by the table's owner), never by a client's UPDATE; a workflow starts pending in round 1
CREATE FUNCTION approval_workflow_guard_status() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    table_owner name := (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID);
BEGIN
    IF current_user = table_owner THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' AND (NEW.status <> 'pending' OR NEW.round <> 1) THEN
        RAISE EXCEPTION 'a workflow starts pending, in round 1'
            USING ERRCODE = 'SGA02', COLUMN = 'status';
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.status, NEW.round) IS DISTINCT FROM (OLD.status, OLD.round) THEN
        RAISE EXCEPTION 'a workflow''s status changes only by decisions and content edits'
            USING ERRCODE = 'SGA02', COLUMN = 'status';
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION approval_workflow_guard_status();

--changeset segmint:approvals-create-trigger-approval-workflow-guard-status
CREATE TRIGGER approval_workflow_guard_status
    BEFORE INSERT OR UPDATE ON approval_workflow
    FOR EACH ROW EXECUTE FUNCTION approval_workflow_guard_status();
--rollback DROP TRIGGER approval_workflow_guard_status ON approval_workflow;

--changeset segmint:approvals-create-function-workflow-waits-for-me splitStatements:false
--comment: the inbox's test: the acting user is a member of this pending workflow and it waits for their act now (an approver whose earlier stages are satisfied and who has not approved this round; a reviewer who has not spoken this round)
CREATE FUNCTION workflow_waits_for_me(p_workflow_id int) RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM approval_workflow w
        JOIN team_member t ON t.workflow_id = w.id AND t.member_id = app_user_id()
        WHERE w.id = p_workflow_id
          AND w.status = 'pending'
          AND w.user_id IS DISTINCT FROM t.member_id
          AND NOT EXISTS (
              SELECT 1 FROM workflow_decision d
              WHERE d.workflow_id = w.id AND d.decider_id = t.member_id AND d.round = w.round
                AND d.kind <> 'comment'
          )
          AND (t.role = 'reviewer' OR approval_stages_satisfied(w.id, t.stage))
    )
$$;
--rollback DROP FUNCTION workflow_waits_for_me(int);

--changeset segmint:approvals-grant-function-workflow-waits-for-me
REVOKE EXECUTE ON FUNCTION workflow_waits_for_me(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workflow_waits_for_me(int) TO segmint_app;
--rollback GRANT EXECUTE ON FUNCTION workflow_waits_for_me(int) TO PUBLIC;
--rollback REVOKE EXECUTE ON FUNCTION workflow_waits_for_me(int) FROM segmint_app;
