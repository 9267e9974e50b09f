package com.segmint.users.accounts;

/** What registration asks for; {@code timeZone} may be null, meaning UTC. */
public record NewAccount(String username, String email, String password, String timeZone) {}
