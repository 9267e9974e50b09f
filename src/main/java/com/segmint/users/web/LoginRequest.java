package com.segmint.users.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code username} may also be the account's email. */
record LoginRequest(
    @NotBlank @Size(max = 255) String username, @NotNull @Size(max = 1024) String password) {

  @Override
  public String toString() {
    return "LoginRequest[username=%s]".formatted(username);
  }
}
