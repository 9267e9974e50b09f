package com.segmint.publishing.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload of each kind. The defaults follow the strictest platform Segmint publishes to:
 * Instagram's 8 MB images; videos are capped for the local disk, not by a platform.
 */
@ConfigurationProperties("segmint.media.max-size")
record MediaSizeLimits(@DefaultValue("8MB") DataSize image, @DefaultValue("256MB") DataSize video) {

  long bytesFor(String kind) {
    return (kind.equals("image") ? image : video).toBytes();
  }
}
