package com.segmint.users.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.segmint.users.accounts.Account;
import java.time.Instant;

/** An account as the API shows it; {@code deletedAt} only for soft-deleted accounts. */
record UserResponse(
    int id,
    String username,
    String email,
    String role,
    String timeZone,
    Instant createdAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) Instant deletedAt) {

  static UserResponse of(Account account) {
    return new UserResponse(
        account.id(),
        account.username(),
        account.email(),
        account.role(),
        account.timeZone(),
        account.createdAt(),
        account.deletedAt());
  }
}
