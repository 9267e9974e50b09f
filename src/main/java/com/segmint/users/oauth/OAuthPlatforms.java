package com.segmint.users.oauth;

import com.segmint.common.InvalidRequest;
import com.segmint.common.schema.enums.SocialPlatform;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The four platforms by the names the API uses for them, and their OAuth clients. */
@Component
class OAuthPlatforms {

  private static final Map<String, SocialPlatform> BY_KEY =
      Map.of(
          "linkedin", SocialPlatform.LinkedIn,
          "x", SocialPlatform.Twitter,
          "instagram", SocialPlatform.Instagram,
          "youtube", SocialPlatform.YouTube);

  private final OAuthProperties properties;

  OAuthPlatforms(OAuthProperties properties) {
    this.properties = properties;
  }

  /**
   * @throws InvalidRequest for a name that is none of the four
   * @throws PlatformNotConfigured for a platform without a client
   */
  ConnectablePlatform resolve(String name) {
    String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
    SocialPlatform platform = BY_KEY.get(key);
    if (platform == null) {
      throw new InvalidRequest(
          "platform", "unknown platform: use linkedin, x, instagram or youtube");
    }
    PlatformClient client = clientOf(key);
    if (client == null || !client.configured()) {
      throw new PlatformNotConfigured(key);
    }
    return new ConnectablePlatform(key, platform, client);
  }

  /** The configured client of a platform, if it has one. */
  Optional<PlatformClient> client(SocialPlatform platform) {
    return BY_KEY.entrySet().stream()
        .filter(entry -> entry.getValue() == platform)
        .map(entry -> clientOf(entry.getKey()))
        .filter(client -> client != null && client.configured())
        .findFirst();
  }

  /**
   * Where the platform sends the browser back: the same URI in the authorization and the exchange.
   */
  URI redirectUri(ConnectablePlatform platform) {
    String base = properties.redirectBaseUrl().toString().replaceAll("/+$", "");
    return URI.create(base + "/api/v1/social-profiles/connect/" + platform.key() + "/callback");
  }

  private PlatformClient clientOf(String key) {
    return switch (key) {
      case "linkedin" -> properties.linkedin();
      case "x" -> properties.x();
      case "instagram" -> properties.instagram();
      default -> properties.youtube();
    };
  }
}
