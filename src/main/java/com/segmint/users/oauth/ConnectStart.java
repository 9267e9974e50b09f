package com.segmint.users.oauth;

import java.net.URI;
import java.time.OffsetDateTime;

/** Where to send the browser to connect an account, and until when its state is redeemable. */
public record ConnectStart(URI authorizationUrl, OffsetDateTime expiresAt) {}
