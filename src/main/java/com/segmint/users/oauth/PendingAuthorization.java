package com.segmint.users.oauth;

import com.segmint.common.schema.enums.SocialPlatform;

/** A redeemed state: whose connect it was, to which platform, and its encrypted verifier. */
record PendingAuthorization(int userId, SocialPlatform platform, String codeVerifier) {}
