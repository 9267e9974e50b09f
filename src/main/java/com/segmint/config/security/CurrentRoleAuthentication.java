package com.segmint.config.security;

import com.segmint.common.UserStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Authenticates a verified access token as its user with the role the user has now, not the one the
 * token was issued with: a demotion rules from the next request, and a deleted user's token is
 * refused (401). The look-up is cached, so a warm request costs no query.
 */
class CurrentRoleAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

  private static final String ROLE_PREFIX = "ROLE_";

  private final UserStatus users;

  CurrentRoleAuthentication(UserStatus users) {
    this.users = users;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt token) {
    String role =
        userIdOf(token)
            .flatMap(users::activeRole)
            .orElseThrow(() -> new InvalidBearerTokenException("The user no longer exists"));
    return new JwtAuthenticationToken(
        token, List.of(new SimpleGrantedAuthority(ROLE_PREFIX + role)), token.getSubject());
  }

  /** The role an authentication made here carries. */
  static Optional<String> roleOf(JwtAuthenticationToken authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(ROLE_PREFIX))
        .map(authority -> authority.substring(ROLE_PREFIX.length()))
        .findFirst();
  }

  private static Optional<Integer> userIdOf(Jwt token) {
    try {
      return Optional.of(Integer.parseInt(token.getSubject()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
