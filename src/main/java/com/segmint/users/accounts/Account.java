package com.segmint.users.accounts;

import java.time.Instant;

/** A user's account as the API shows it: never the password hash. */
public record Account(
    int id,
    String username,
    String email,
    String role,
    String timeZone,
    Instant createdAt,
    Instant deletedAt,
    int version) {}
