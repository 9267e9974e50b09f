package com.segmint.users.socialprofiles;

import java.time.OffsetDateTime;

/** A social profile's tokens as stored: ciphertexts; {@code refreshToken} may be null. */
record EncryptedTokens(
    int profileId, String accessToken, String refreshToken, OffsetDateTime expiresAt) {}
