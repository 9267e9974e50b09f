package com.segmint.config.database;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL who it acts for, with {@code set_config(...,
 * true)}: local to the transaction, so a pooled connection (or PgBouncer) never carries one
 * request's identity into the next.
 */
class RowSecurityTransactionManager extends JdbcTransactionManager {

  private static final String SET_ACTOR =
      "SELECT set_config('app.user_id', ?, true), set_config('app.role', ?, true)";

  RowSecurityTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void prepareTransactionalConnection(
      Connection connection, TransactionDefinition definition) throws SQLException {
    super.prepareTransactionalConnection(connection, definition);
    Optional<DatabaseActor> actor = DatabaseActors.current();
    if (actor.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(SET_ACTOR)) {
      Integer userId = actor.get().userId();
      statement.setString(1, userId == null ? "" : userId.toString());
      statement.setString(2, actor.get().role());
      statement.execute();
    }
  }
}
