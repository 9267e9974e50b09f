package com.segmint.users.socialprofiles;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.users.KeyRotationResult;
import com.segmint.users.TokenKeyRotation;
import com.segmint.users.UnreadableTokenException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the token key, then walks social_profile by id in batches, each its own transaction as
 * the system actor, re-encrypting the rows the primary key did not make. A crash loses at most one
 * batch's work; the rows not reached yet still decrypt with their old key, and a repeated pass
 * rewrites only those.
 */
@Service
class TokenKeyRotator implements TokenKeyRotation {

  static final int BATCH_SIZE = 200;
  private static final int LOGGED_IDS = 20;

  private static final Logger log = LoggerFactory.getLogger(TokenKeyRotator.class);

  private final TokenKeyset keyset;
  private final TokenCipher cipher;
  private final SocialProfileRepository repository;
  private final TransactionTemplate transactions;

  TokenKeyRotator(
      TokenKeyset keyset,
      TokenCipher cipher,
      SocialProfileRepository repository,
      TransactionTemplate transactions) {
    this.keyset = keyset;
    this.cipher = cipher;
    this.repository = repository;
    this.transactions = transactions;
  }

  @Override
  public KeyRotationResult rotate() {
    keyset.rotate();
    return reEncryptAll(BATCH_SIZE);
  }

  KeyRotationResult reEncryptAll(int batchSize) {
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () -> {
          int afterId = 0;
          int reEncrypted = 0;
          List<Integer> unreadable = new ArrayList<>();
          Batch batch;
          do {
            int from = afterId;
            batch =
                Objects.requireNonNull(
                    transactions.execute(status -> reEncryptBatch(from, batchSize)));
            afterId = batch.lastId();
            reEncrypted += batch.reEncrypted();
            unreadable.addAll(batch.unreadable());
          } while (batch.rows() == batchSize);
          report(reEncrypted, unreadable);
          return new KeyRotationResult(reEncrypted, unreadable.size());
        });
  }

  private Batch reEncryptBatch(int afterId, int size) {
    List<EncryptedTokens> rows = repository.lockBatchAfter(afterId, size);
    int reEncrypted = 0;
    List<Integer> unreadable = new ArrayList<>();
    for (EncryptedTokens row : rows) {
      if (isUnderPrimaryKey(row)) {
        continue;
      }
      int id = row.profileId();
      try {
        String accessToken = cipher.reEncrypt(row.accessToken(), TokenBinding.accessToken(id));
        String refreshToken =
            row.refreshToken() == null
                ? null
                : cipher.reEncrypt(row.refreshToken(), TokenBinding.refreshToken(id));
        repository.replaceCiphertexts(id, accessToken, refreshToken);
        reEncrypted++;
      } catch (UnreadableTokenException e) {
        unreadable.add(id);
      }
    }
    int lastId = rows.isEmpty() ? afterId : rows.get(rows.size() - 1).profileId();
    return new Batch(rows.size(), lastId, reEncrypted, unreadable);
  }

  private boolean isUnderPrimaryKey(EncryptedTokens row) {
    return cipher.isUnderPrimaryKey(row.accessToken())
        && (row.refreshToken() == null || cipher.isUnderPrimaryKey(row.refreshToken()));
  }

  private static void report(int reEncrypted, List<Integer> unreadable) {
    log.info("Re-encrypted the tokens of {} social profiles under the primary key", reEncrypted);
    if (!unreadable.isEmpty()) {
      log.warn(
          "{} social profiles have tokens that no key of the keyset decrypts and were left as"
              + " they are; they need a reconnect (first ids: {})",
          unreadable.size(),
          unreadable.subList(0, Math.min(LOGGED_IDS, unreadable.size())));
    }
  }

  private record Batch(int rows, int lastId, int reEncrypted, List<Integer> unreadable) {}
}
