package com.segmint.users.accounts;

import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.enums.UserRole;
import com.segmint.users.login.RefreshTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What admins do to other accounts. Each runs as the request's actor, so the database itself
 * refuses a non-admin (row-level security, the role guard, {@code erase_user}'s check).
 */
@Service
public class AccountAdministration {

  private final AccountRepository accounts;
  private final RefreshTokens refreshTokens;
  private final CachedUserStatus userStatus;
  private final TransactionTemplate transactions;

  AccountAdministration(
      AccountRepository accounts,
      RefreshTokens refreshTokens,
      CachedUserStatus userStatus,
      TransactionTemplate transactions) {
    this.accounts = accounts;
    this.refreshTokens = refreshTokens;
    this.userStatus = userStatus;
    this.transactions = transactions;
  }

  /**
   * {@code role} is one of {@code creator}, {@code team_member}, {@code admin}. The user's next
   * request acts with the new role, whatever its access token says.
   *
   * @throws com.segmint.common.DataIntegrityViolation of kind LAST_ADMIN when it would demote the
   *     last live admin
   */
  public Account changeRole(int id, int version, String role) {
    UserRole newRole = UserRole.lookupLiteral(role);
    Account changed =
        transactions.execute(
            status ->
                accounts
                    .changeRole(id, version, newRole)
                    .orElseThrow(
                        () -> Accounts.missingOrStale(accounts.findLive(id).isPresent(), id)));
    userStatus.forget(id);
    return changed;
  }

  /**
   * Soft-deletes the account and ends all its sessions: its refresh tokens are revoked and its
   * access tokens refused from now on. The last live admin cannot be deleted (LAST_ADMIN).
   */
  public void delete(int id) {
    transactions.executeWithoutResult(
        status -> {
          if (!accounts.softDelete(id)) {
            throw new ResourceNotFound("user", id);
          }
          refreshTokens.revokeAllOf(id);
        });
    // after the commit, so no request can cache the account as active again
    userStatus.forget(id);
  }

  /**
   * Erases the account: its row and sessions go, its content and workflows stay without an author,
   * and the audit trail keeps only pseudonyms of its username and email. The last live admin cannot
   * be erased (LAST_ADMIN).
   */
  public void erase(int id) {
    transactions.executeWithoutResult(status -> accounts.erase(id));
    userStatus.forget(id);
  }
}
