package com.segmint.config.security;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the authenticated user, with their current role, the database actor of the request, so
 * every transaction it opens runs under that user's row-level security.
 */
class DatabaseActorFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken jwt)) {
      chain.doFilter(request, response);
      return;
    }
    DatabaseActor actor =
        DatabaseActor.user(
            Integer.parseInt(jwt.getToken().getSubject()),
            CurrentRoleAuthentication.roleOf(jwt).orElseThrow());
    try (DatabaseActors.Scope scope = DatabaseActors.bind(actor)) {
      chain.doFilter(request, response);
    }
  }
}
