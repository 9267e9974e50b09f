package com.segmint.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;

/** Runs the application's Liquibase changelog outside Spring, as the service does at start. */
public final class Migrations {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
  public static final String SCHEMA = "segmint";

  private Migrations() {}

  public static void update(DataSource owner) {
    run(owner, UpdateCommandStep.COMMAND_NAME, null);
  }

  public static void rollbackToTag(DataSource owner, String tag) {
    run(owner, RollbackCommandStep.COMMAND_NAME, tag);
  }

  private static void run(DataSource owner, String[] commandName, String tag) {
    try (Connection connection = owner.getConnection()) {
      CommandScope command = new CommandScope(commandName);
      if (tag != null) {
        command.addArgumentValue(RollbackCommandStep.TAG_ARG, tag);
      }
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setDefaultSchemaName(SCHEMA);
      database.setLiquibaseSchemaName(SCHEMA);
      command
          .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
          .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
          .execute();
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException("Liquibase failed", e);
    }
  }
}
