package com.segmint.users.web;

import com.segmint.common.CursorPage;
import com.segmint.users.accounts.Account;
import java.util.List;

/** One page of accounts; pass {@code nextCursor} as {@code ?cursor=} for the next one. */
record UserPage(List<UserResponse> items, String nextCursor) {

  static UserPage of(CursorPage<Account> page) {
    return new UserPage(page.items().stream().map(UserResponse::of).toList(), page.nextCursor());
  }
}
