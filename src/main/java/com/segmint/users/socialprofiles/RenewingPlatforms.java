package com.segmint.users.socialprofiles;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The platforms whose tokens renew without their owner, by how, and how close to its expiry a token
 * of each kind is refreshed.
 */
record RenewingPlatforms(
    List<SocialPlatform> byRefreshToken,
    OffsetDateTime refreshTokensBefore,
    List<SocialPlatform> byAccessToken,
    OffsetDateTime accessTokensBefore) {}
