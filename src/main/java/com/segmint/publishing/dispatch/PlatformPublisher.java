package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.SocialPlatform;
import java.util.Optional;

/**
 * One platform's publishing API. An implementation makes the outbound calls for one post and says
 * what happened; it never retries a call whose outcome it cannot know, and it never touches the
 * database: the dispatcher commits the claim before calling it and the outcome after.
 */
public interface PlatformPublisher {

  SocialPlatform platform();

  /**
   * Publishes the post; answers, never throws, for every failure of the platform or the network.
   */
  PublishOutcome publish(PublishRequest request);

  /**
   * Asks the platform whether a post whose outcome was unknown did reach it (e.g. by listing the
   * account's recent posts and matching the text). Empty when the platform's API cannot tell: then
   * a person decides through the API.
   */
  default Optional<PublishOutcome.Published> reconcile(PublishRequest request) {
    return Optional.empty();
  }
}
