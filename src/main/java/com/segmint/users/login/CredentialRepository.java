package com.segmint.users.login;

import static com.segmint.common.schema.Tables.USERS;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CredentialRepository {

  private final DSLContext db;

  CredentialRepository(DSLContext db) {
    this.db = db;
  }

  /** The live account whose username, or email (any case), is {@code identifier}. */
  Optional<Credential> findLive(String identifier) {
    var matches =
        identifier.contains("@")
            ? DSL.lower(USERS.EMAIL).eq(DSL.lower(DSL.val(identifier)))
            : USERS.USERNAME.eq(identifier);
    return db.select(USERS.ID, USERS.PASSWORD_HASH, USERS.ROLE)
        .from(USERS)
        .where(matches.and(USERS.DELETED_AT.isNull()))
        .fetchOptional(
            row ->
                new Credential(
                    row.get(USERS.ID),
                    row.get(USERS.PASSWORD_HASH),
                    row.get(USERS.ROLE).getLiteral()));
  }
}
