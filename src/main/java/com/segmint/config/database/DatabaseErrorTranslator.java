package com.segmint.config.database;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import java.sql.SQLException;
import java.util.Map;
import org.jooq.ExecuteContext;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.stereotype.Component;

/**
 * The spec's error-handling "middleware": turns the database's refusals of bad data into {@link
 * DataIntegrityViolation}s naming the constraint and the field; every other SQL error gets Spring's
 * usual translation.
 */
@Component
class DatabaseErrorTranslator implements ExceptionTranslatorExecuteListener {

  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("23505", Kind.CONFLICT),
          Map.entry("23P01", Kind.CONFLICT),
          Map.entry("23503", Kind.MISSING_REFERENCE),
          Map.entry("23514", Kind.INVALID_VALUE),
          Map.entry("23502", Kind.INVALID_VALUE),
          Map.entry("22001", Kind.INVALID_VALUE),
          Map.entry("22003", Kind.INVALID_VALUE),
          Map.entry("22007", Kind.INVALID_VALUE),
          Map.entry("22008", Kind.INVALID_VALUE),
          Map.entry("22009", Kind.INVALID_VALUE),
          Map.entry("22021", Kind.INVALID_VALUE),
          Map.entry("22023", Kind.INVALID_VALUE),
          Map.entry("22P02", Kind.INVALID_VALUE),
          Map.entry("P0002", Kind.NOT_FOUND),
          Map.entry("SGA01", Kind.CONTENT_NOT_APPROVED),
          Map.entry("SGA02", Kind.FORBIDDEN),
          Map.entry("SGA03", Kind.CONFLICT),
          Map.entry("SGU01", Kind.LAST_ADMIN));

  @Override
  public void exception(ExecuteContext context) {
    SQLException failure = context.sqlException();
    if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
      ServerErrorMessage error = psql.getServerErrorMessage();
      Kind kind = kindOf(psql.getSQLState(), error);
      if (kind != null) {
        context.exception(
            new DataIntegrityViolation(
                kind,
                error.getConstraint(),
                ConstraintFields.fieldOf(error),
                error.getMessage(),
                psql));
        return;
      }
    }
    ExceptionTranslatorExecuteListener.DEFAULT.exception(context);
  }

  /**
   * A row refused by a row-level security check references (or claims) what the actor may not see:
   * to the caller that is a missing reference, never a hint that the row exists.
   */
  private static Kind kindOf(String sqlState, ServerErrorMessage error) {
    if (INSUFFICIENT_PRIVILEGE.equals(sqlState)
        && error.getMessage() != null
        && error.getMessage().contains("row-level security policy")) {
      return Kind.MISSING_REFERENCE;
    }
    return KINDS.get(sqlState);
  }
}
