package com.segmint.content.search;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Routines.isPrivileged;
import static com.segmint.common.schema.Tables.APPROVAL_WORKFLOW;
import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.TEAM_MEMBER;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.select;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The content rows a search may start from, restated from the {@code content_select} policy so the
 * planner can read a creator's rows through the {@code user_id} index and the rows they review
 * through the primary key, instead of scanning every content. Row-level security still applies on
 * top: this condition only narrows, it never admits a row. The text match cannot serve as that
 * start under row-level security: {@code @@} is not leakproof, so PostgreSQL never evaluates it
 * (through the GIN index or otherwise) before the policy.
 */
final class CallerScope {

  private CallerScope() {}

  /** No narrowing for admins and jobs, who see every row; the policy's own arms for the others. */
  static Condition of(DSLContext db) {
    if (Boolean.TRUE.equals(db.select(isPrivileged()).fetchOne(0, Boolean.class))) {
      return DSL.noCondition();
    }
    return CONTENT.USER_ID.eq(appUserId()).or(CONTENT.ID.eq(any(array(reviewedContent()))));
  }

  private static Select<Record1<Integer>> reviewedContent() {
    return select(APPROVAL_WORKFLOW.CONTENT_ID)
        .from(APPROVAL_WORKFLOW)
        .join(TEAM_MEMBER)
        .on(TEAM_MEMBER.WORKFLOW_ID.eq(APPROVAL_WORKFLOW.ID))
        .where(TEAM_MEMBER.MEMBER_ID.eq(appUserId()));
  }
}
