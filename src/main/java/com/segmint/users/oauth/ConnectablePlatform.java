package com.segmint.users.oauth;

import com.segmint.common.schema.enums.SocialPlatform;

/** A platform by its path name ({@code linkedin}, {@code x}...), with its configured client. */
record ConnectablePlatform(String key, SocialPlatform platform, PlatformClient client) {}
