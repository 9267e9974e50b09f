package com.segmint.support;

import com.segmint.common.DatabaseActor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Raw SQL in one transaction of a given role, acting for a given actor exactly as the service's
 * transactions do ({@code set_config(..., true)}), to show what the database itself allows.
 */
public final class Sessions {

  private Sessions() {}

  public static <T> T call(DataSource role, DatabaseActor actor, Function<JdbcTemplate, T> work) {
    try (Connection connection = role.getConnection()) {
      connection.setAutoCommit(false);
      try {
        JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        if (actor != null) {
          sql.queryForList(
              "SELECT set_config('app.user_id', ?, true), set_config('app.role', ?, true)",
              actor.userId() == null ? "" : actor.userId().toString(),
              actor.role());
        }
        T result = work.apply(sql);
        connection.commit();
        return result;
      } catch (RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void run(DataSource role, DatabaseActor actor, Consumer<JdbcTemplate> work) {
    call(
        role,
        actor,
        sql -> {
          work.accept(sql);
          return null;
        });
  }
}
