package com.segmint.users.socialprofiles;

import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;

/**
 * A social_profile row's token columns exactly as stored, read and written as a superuser, past the
 * service and row-level security.
 */
record StoredTokens(String accessToken, String refreshToken) {

  static StoredTokens of(int profileId) {
    return Sessions.call(
        TestDatabase.get().superuser(),
        null,
        sql ->
            sql.queryForObject(
                "SELECT access_token, refresh_token FROM segmint.social_profile WHERE id = ?",
                (row, number) -> new StoredTokens(row.getString(1), row.getString(2)),
                profileId));
  }

  void writeTo(int profileId) {
    Sessions.run(
        TestDatabase.get().superuser(),
        null,
        sql ->
            sql.update(
                "UPDATE segmint.social_profile SET access_token = ?, refresh_token = ?"
                    + " WHERE id = ?",
                accessToken,
                refreshToken,
                profileId));
  }
}
