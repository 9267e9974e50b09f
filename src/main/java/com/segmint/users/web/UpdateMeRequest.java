package com.segmint.users.web;

import com.segmint.users.accounts.AccountChanges;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Fields left out (or null) stay as they are. */
record UpdateMeRequest(
    @Email @Size(min = 3, max = 255) String email, @IanaTimeZone String timeZone) {

  AccountChanges toChanges() {
    return new AccountChanges(email, timeZone);
  }
}
