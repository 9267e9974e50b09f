package com.segmint.users.accounts;

import static com.segmint.common.schema.Tables.USERS;

import com.segmint.common.schema.Routines;
import com.segmint.common.schema.enums.UserRole;
import com.segmint.common.schema.tables.records.UsersRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

  /** Serializes the registrations of an empty installation, so only one becomes its first admin. */
  private static final long FIRST_USER_LOCK = 0x5365676d696e7401L;

  private final DSLContext db;

  AccountRepository(DSLContext db) {
    this.db = db;
  }

  boolean anyExists() {
    return db.fetchExists(USERS);
  }

  void lockFirstRegistration() {
    db.select(DSL.function("pg_advisory_xact_lock", SQLDataType.OTHER, DSL.val(FIRST_USER_LOCK)))
        .fetch();
  }

  Account insert(NewAccount account, String passwordHash, UserRole role) {
    return db.insertInto(USERS)
        .set(USERS.USERNAME, account.username())
        .set(USERS.EMAIL, account.email())
        .set(USERS.PASSWORD_HASH, passwordHash)
        .set(USERS.ROLE, role)
        .set(USERS.TIME_ZONE, account.timeZone() == null ? "UTC" : account.timeZone())
        .returning()
        .fetchOne(AccountRepository::toAccount);
  }

  Optional<Account> find(int id) {
    return db.selectFrom(USERS).where(USERS.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
  }

  Optional<Account> findLive(int id) {
    return db.selectFrom(USERS)
        .where(USERS.ID.eq(id).and(USERS.DELETED_AT.isNull()))
        .fetchOptional(AccountRepository::toAccount);
  }

  /** Accounts with an id above {@code afterId}, by id: the primary key serves every page. */
  List<Account> pageAfter(long afterId, int limit) {
    return db.selectFrom(USERS)
        .where(USERS.ID.gt((int) Math.min(afterId, Integer.MAX_VALUE)))
        .orderBy(USERS.ID)
        .limit(limit)
        .fetch(AccountRepository::toAccount);
  }

  /** Applies the non-null changes if the row still has {@code version}; empty when it has not. */
  Optional<Account> update(int id, int version, AccountChanges changes) {
    Map<Field<?>, Object> values = new HashMap<>();
    if (changes.email() != null) {
      values.put(USERS.EMAIL, changes.email());
    }
    if (changes.timeZone() != null) {
      values.put(USERS.TIME_ZONE, changes.timeZone());
    }
    if (values.isEmpty()) {
      return findLive(id).filter(account -> account.version() == version);
    }
    return db.update(USERS)
        .set(values)
        .where(USERS.ID.eq(id).and(USERS.VERSION.eq(version)).and(USERS.DELETED_AT.isNull()))
        .returning()
        .fetchOptional(AccountRepository::toAccount);
  }

  Optional<Account> changeRole(int id, int version, UserRole role) {
    return db.update(USERS)
        .set(USERS.ROLE, role)
        .where(USERS.ID.eq(id).and(USERS.VERSION.eq(version)).and(USERS.DELETED_AT.isNull()))
        .returning()
        .fetchOptional(AccountRepository::toAccount);
  }

  boolean softDelete(int id) {
    return db.update(USERS)
            .set(USERS.DELETED_AT, DSL.currentOffsetDateTime())
            .where(USERS.ID.eq(id).and(USERS.DELETED_AT.isNull()))
            .execute()
        == 1;
  }

  void erase(int id) {
    Routines.eraseUser(db.configuration(), id);
  }

  private static Account toAccount(UsersRecord row) {
    return new Account(
        row.getId(),
        row.getUsername(),
        row.getEmail(),
        row.getRole().getLiteral(),
        row.getTimeZone(),
        row.getCreatedAt().toInstant(),
        instantOf(row.getDeletedAt()),
        row.getVersion());
  }

  private static Instant instantOf(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
