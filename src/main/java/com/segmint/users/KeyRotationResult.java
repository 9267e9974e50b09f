package com.segmint.users;

/**
 * What a key rotation did: how many social profiles' tokens it re-encrypted, and how many it had to
 * leave because no key of the keyset decrypts them.
 */
public record KeyRotationResult(int reEncrypted, int unreadable) {}
