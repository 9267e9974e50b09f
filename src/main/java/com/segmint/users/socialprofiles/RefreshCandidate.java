package com.segmint.users.socialprofiles;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;

/** A profile locked for a refresh: its encrypted refresh token (may be null) and state. */
record RefreshCandidate(
    int profileId,
    int userId,
    SocialPlatform platform,
    String refreshToken,
    OffsetDateTime expiresAt,
    boolean needsReconnect) {}
