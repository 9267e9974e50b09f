package com.segmint.users.accounts;

import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.VersionMismatch;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and changes accounts as the request's actor: row-level security shows a user only their own
 * account and an admin every account, so anything else is not found.
 */
@Service
public class Accounts {

  private static final String RESOURCE = "user";

  private final AccountRepository accounts;
  private final TransactionTemplate transactions;

  Accounts(AccountRepository accounts, TransactionTemplate transactions) {
    this.accounts = accounts;
    this.transactions = transactions;
  }

  public Account live(int id) {
    return transactions
        .execute(status -> accounts.findLive(id))
        .orElseThrow(() -> new ResourceNotFound(RESOURCE, id));
  }

  /** Any account the actor may see, soft-deleted ones included. */
  public Account find(int id) {
    return transactions
        .execute(status -> accounts.find(id))
        .orElseThrow(() -> new ResourceNotFound(RESOURCE, id));
  }

  public CursorPage<Account> page(String cursor, Integer requestedLimit) {
    int limit = Cursors.limit(requestedLimit);
    long afterId = cursor == null || cursor.isBlank() ? 0 : Cursors.decode(cursor).id();
    List<Account> rows = transactions.execute(status -> accounts.pageAfter(afterId, limit + 1));
    if (rows.size() <= limit) {
      return new CursorPage<>(rows, null);
    }
    List<Account> items = rows.subList(0, limit);
    Account last = items.get(limit - 1);
    return new CursorPage<>(List.copyOf(items), Cursors.encode(last.createdAt(), last.id()));
  }

  /**
   * @throws VersionMismatch when the account changed since {@code version} was read
   */
  public Account update(int id, int version, AccountChanges changes) {
    return transactions.execute(
        status ->
            accounts
                .update(id, version, changes)
                .orElseThrow(() -> missingOrStale(accounts.findLive(id).isPresent(), id)));
  }

  static RuntimeException missingOrStale(boolean stillVisible, int id) {
    return stillVisible ? VersionMismatch.stale() : new ResourceNotFound(RESOURCE, id);
  }
}
