package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytics role reads everything it needs and none of the secrets. */
class ReadonlyRoleTests {

  private static DataSource readonly;
  private static int creator;

  @BeforeAll
  static void createACreatorWithAConnectedProfile() {
    TestDatabase database = TestDatabase.migrated();
    readonly = database.readonly();
    Fixtures fixtures = new Fixtures(database.app());
    creator = fixtures.user("creator");
    fixtures.socialProfile(creator, "YouTube");
  }

  @ParameterizedTest
  @CsvSource({
    "users, password_hash",
    "users, email",
    "social_profile, access_token",
    "social_profile, refresh_token",
    "oauth_authorization, state_hash",
    "oauth_authorization, code_verifier"
  })
  void shouldNotSelectSecretColumns(String table, String column) {
    assertThatThrownBy(
            () ->
                Sessions.call(
                    readonly,
                    null,
                    sql -> sql.queryForList("SELECT " + column + " FROM segmint." + table)))
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void shouldReadEveryUsersOtherColumnsWithoutActingForAnyone() {
    String username =
        Sessions.call(
            readonly,
            null,
            sql ->
                sql.queryForObject(
                    "SELECT username FROM segmint.users WHERE id = ?", String.class, creator));
    assertThat(username).startsWith("creator_");
  }

  @Test
  void shouldSeeOnlyAPseudonymOfEachEmail() {
    String pseudonym =
        Sessions.call(
            readonly,
            null,
            sql ->
                sql.queryForObject(
                    "SELECT email_pseudonym FROM segmint.users_masked WHERE id = ?",
                    String.class,
                    creator));
    assertThat(pseudonym).matches("u_[0-9a-f]{16}@example\\.com").doesNotContain("creator_");
  }

  @Test
  void shouldNotWriteAnything() {
    assertThatThrownBy(
            () ->
                Sessions.run(
                    readonly,
                    null,
                    sql ->
                        sql.update(
                            "UPDATE segmint.users SET username = 'x' WHERE id = ?", creator)))
        .rootCause()
        .hasMessageContaining("permission denied");
  }
}
