package com.segmint.users.socialprofiles;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When tokens are refreshed: the job runs every {@code interval} and refreshes tokens expiring
 * within {@code ahead}; a caller about to use tokens gets them refreshed when they expire within
 * {@code margin}; the owner of a profile without a refresh token is warned {@code expiryWarning}
 * before it expires. {@code batchSize} bounds one run of the job. Long-lived access tokens that
 * renew themselves (Instagram's, 60 days, refreshable once a day old) are refreshed from {@code
 * longLivedAhead} before they expire, so an outage of days costs no reconnect.
 */
@ConfigurationProperties("segmint.oauth.refresh")
record TokenRefreshProperties(
    @DefaultValue("5m") Duration interval,
    @DefaultValue("1h") Duration ahead,
    @DefaultValue("5m") Duration margin,
    @DefaultValue("7d") Duration expiryWarning,
    @DefaultValue("100") int batchSize,
    @DefaultValue("7d") Duration longLivedAhead) {}
