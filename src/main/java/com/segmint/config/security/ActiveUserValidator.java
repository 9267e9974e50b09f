package com.segmint.config.security;

import com.segmint.common.UserStatus;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses a token whose user has been deleted since it was issued. */
class ActiveUserValidator implements OAuth2TokenValidator<Jwt> {

  private static final OAuth2Error INACTIVE =
      new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The user no longer exists", null);

  private final UserStatus users;

  ActiveUserValidator(UserStatus users) {
    this.users = users;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt token) {
    try {
      int userId = Integer.parseInt(token.getSubject());
      return users.isActive(userId)
          ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(INACTIVE);
    } catch (NumberFormatException e) {
      return OAuth2TokenValidatorResult.failure(INACTIVE);
    }
  }
}
