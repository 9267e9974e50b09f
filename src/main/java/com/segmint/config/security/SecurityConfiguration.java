package com.segmint.config.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.segmint.common.UserStatus;
import com.segmint.config.database.DatabaseProperties;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Stateless bearer-token security for {@code /api/**}: HS256 access tokens checked in process (no
 * key parsing per request), the user's current role (not the token's claim) as its only authority,
 * and the authenticated user handed to the database as the actor of the request's transactions.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  SecretKey accessTokenKey(JwtProperties jwt, DatabaseProperties database) {
    return JwtSigningKey.of(jwt, database);
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey accessTokenKey) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(accessTokenKey));
  }

  @Bean
  JwtDecoder jwtDecoder(SecretKey accessTokenKey, JwtProperties jwt) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(accessTokenKey).macAlgorithm(MacAlgorithm.HS256).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuer()));
    return decoder;
  }

  /**
   * No Micrometer observation around each security filter, authentication and authorization: they
   * were most of the third of a request's allocation that went to Micrometer, and {@code
   * http.server.requests} already times each request with its status.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /** URLs the firewall refuses (an encoded NUL, say) get a problem like every other 400. */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) ->
        ProblemResponses.write(
            response,
            400,
            "/problems/rejected-request",
            "Bad Request",
            "The request URL or its headers are not allowed");
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, UserStatus users) throws Exception {
    CurrentRoleAuthentication authentication = new CurrentRoleAuthentication(users);
    BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    return http.csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.POST, "/api/v1/auth/**")
                    .permitAll()
                    // the platform redirects a browser here: its one-time state authenticates it
                    .requestMatchers(HttpMethod.GET, "/api/v1/social-profiles/connect/*/callback")
                    .permitAll()
                    .requestMatchers("/api/**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                    .authenticationEntryPoint(
                        (request, response, failure) -> {
                          bearer.commence(request, response, failure);
                          ProblemResponses.write(
                              response,
                              401,
                              "/problems/unauthenticated",
                              "Unauthenticated",
                              "A valid bearer access token is required");
                        })
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            ProblemResponses.write(
                                response,
                                403,
                                "/problems/forbidden",
                                "Forbidden",
                                "Your role may not do this")))
        .addFilterAfter(new DatabaseActorFilter(), BearerTokenAuthenticationFilter.class)
        .build();
  }
}
