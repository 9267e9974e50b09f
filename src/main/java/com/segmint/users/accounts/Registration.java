package com.segmint.users.accounts;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.UserRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates accounts. A new user is a creator, except the first user of an empty installation and the
 * configured admin username, who become admins.
 */
@Service
public class Registration {

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final AdminProperties admin;
  private final TransactionTemplate transactions;

  Registration(
      AccountRepository accounts,
      PasswordEncoder passwords,
      AdminProperties admin,
      TransactionTemplate transactions) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.admin = admin;
    this.transactions = transactions;
  }

  /**
   * @throws com.segmint.common.DataIntegrityViolation (conflict) when the username or email is
   *     taken by a live account
   */
  public Account register(NewAccount account) {
    String hash = passwords.encode(account.password());
    // only the system may insert users under row-level security
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () -> transactions.execute(status -> accounts.insert(account, hash, roleOf(account))));
  }

  private UserRole roleOf(NewAccount account) {
    if (admin.names(account.username()) || isFirst()) {
      return UserRole.admin;
    }
    return UserRole.creator;
  }

  private boolean isFirst() {
    if (accounts.anyExists()) {
      return false;
    }
    accounts.lockFirstRegistration();
    return !accounts.anyExists();
  }
}
