package com.segmint.users.login;

/**
 * A login or refresh that proves no one (401). One message for every cause, so the answer tells
 * nothing about which usernames exist or why a token was refused.
 */
public class InvalidCredentials extends RuntimeException {

  private InvalidCredentials(String message) {
    super(message);
  }

  static InvalidCredentials login() {
    return new InvalidCredentials("The username or password is wrong");
  }

  static InvalidCredentials refreshToken() {
    return new InvalidCredentials("The refresh token is not valid");
  }
}
