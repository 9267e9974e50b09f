package com.segmint.users.socialprofiles;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;

/** A profile locked for a refresh: its encrypted tokens (the refresh token may be null), state. */
record RefreshCandidate(
    int profileId,
    int userId,
    SocialPlatform platform,
    String accessToken,
    String refreshToken,
    OffsetDateTime expiresAt,
    boolean needsReconnect) {}
