package com.segmint.users.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.config.database.DatabaseBootstrap;
import com.segmint.support.Fixtures;
import com.segmint.support.TestDatabase;
import com.segmint.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On an installation with no users yet (a database of its own, migrated by this context), the first
 * user to register becomes its admin; so does the configured admin username.
 */
@SpringBootTest(properties = "segmint.admin.username=" + FreshInstallationTests.ADMIN_USERNAME)
@ContextConfiguration(initializers = FreshInstallationTests.EmptyDatabase.class)
@AutoConfigureMockMvc
class FreshInstallationTests {

  static final String ADMIN_USERNAME = "the_configured_admin";

  @Autowired MockMvc mvc;

  @Test
  void shouldMakeTheFirstUserAndTheConfiguredUsernameAdminsAndEveryoneElseACreator()
      throws Exception {
    AccountRequests api = new AccountRequests(mvc);
    api.register(Fixtures.unique("first"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.role").value("admin"));
    api.register(Fixtures.unique("second"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.role").value("creator"));
    api.register(ADMIN_USERNAME)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.role").value("admin"));
  }

  /** A new, empty database on the run's server, prepared as the bootstrap scripts prepare one. */
  static class EmptyDatabase
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      new TestDatabaseInitializer().initialize(context);
      TestDatabase cluster = TestDatabase.get();
      String database = "segmint_fresh_" + System.nanoTime();
      new JdbcTemplate(cluster.server().superuser("postgres"))
          .execute("CREATE DATABASE " + database + " OWNER " + DatabaseBootstrap.OWNER);
      JdbcTemplate superuser = new JdbcTemplate(cluster.server().superuser(database));
      superuser.execute("CREATE SCHEMA segmint AUTHORIZATION " + DatabaseBootstrap.OWNER);
      for (String role :
          new String[] {
            DatabaseBootstrap.OWNER, DatabaseBootstrap.APP, DatabaseBootstrap.READONLY
          }) {
        superuser.execute(
            "ALTER ROLE " + role + " IN DATABASE " + database + " SET search_path = segmint");
      }
      superuser.execute(
          "GRANT CONNECT ON DATABASE "
              + database
              + " TO "
              + DatabaseBootstrap.APP
              + ", "
              + DatabaseBootstrap.READONLY);
      TestPropertyValues.of(
              "segmint.database.url="
                  + cluster.endpoint().url().replace("/segmint", "/" + database))
          .applyTo(context);
    }
  }
}
