--liquibase formatted sql

--changeset segmint:content-create-policy-content-owner-select
--comment: content_search_page (0561) reads content as its owner, segmint_owner, which FORCE ROW LEVEL SECURITY subjects to the policies; this lets that role read every row, as approvals/0402 does for the workflow rules. Least privilege: segmint_owner owns the table and could disable row-level security anyway, so the policy gives it nothing new, where a BYPASSRLS role would skip the policies of every table and needs a superuser to create. segmint_app is not a member of segmint_owner, so no application query gains a row.
CREATE POLICY content_owner_select ON content FOR SELECT TO segmint_owner
    USING (true);
--rollback DROP POLICY content_owner_select ON content;
