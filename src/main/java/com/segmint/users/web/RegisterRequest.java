package com.segmint.users.web;

import com.segmint.users.accounts.NewAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record RegisterRequest(
    @NotBlank
        @Size(min = 3, max = 50)
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "may contain only letters, digits, _ . -")
        String username,
    @NotBlank @Email @Size(max = 255) String email,
    @NotNull @Size(min = 12, max = 128) String password,
    @IanaTimeZone String timeZone) {

  NewAccount toNewAccount() {
    return new NewAccount(username, email, password, timeZone);
  }

  @Override
  public String toString() {
    return "RegisterRequest[username=%s]".formatted(username);
  }
}
