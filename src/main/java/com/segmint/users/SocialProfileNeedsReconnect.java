package com.segmint.users;

import com.segmint.common.schema.enums.SocialPlatform;

/**
 * The platform refused a profile's refresh token ({@code invalid_grant}): the profile is marked
 * {@code needs_reconnect} and its owner has to connect it again before anything publishes.
 */
public record SocialProfileNeedsReconnect(int profileId, int userId, SocialPlatform platform) {}
