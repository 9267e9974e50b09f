package com.segmint.users;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;

/**
 * A profile without a refresh token (LinkedIn outside its partner programme, say) expires soon;
 * only a reconnect by its owner renews it. Published once per token.
 */
public record SocialProfileExpiring(
    int profileId, int userId, SocialPlatform platform, OffsetDateTime expiresAt) {}
