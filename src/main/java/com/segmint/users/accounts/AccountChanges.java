package com.segmint.users.accounts;

/** What a user may change about their own account; a null field stays as it is. */
public record AccountChanges(String email, String timeZone) {}
