package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.SocialPlatform;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The publisher of each platform, from the {@link PlatformPublisher} beans of the application; when
 * two serve one platform, the first in {@code @Order} wins (tests put stand-ins first).
 */
@Component
class PlatformPublishers {

  private final Map<SocialPlatform, PlatformPublisher> byPlatform =
      new EnumMap<>(SocialPlatform.class);

  PlatformPublishers(ObjectProvider<PlatformPublisher> publishers) {
    publishers
        .orderedStream()
        .forEach(publisher -> byPlatform.putIfAbsent(publisher.platform(), publisher));
  }

  Optional<PlatformPublisher> of(SocialPlatform platform) {
    return Optional.ofNullable(byPlatform.get(platform));
  }
}
