package com.segmint.users.login;

/** What a login checks a password against. */
record Credential(int userId, String passwordHash, String role) {}
