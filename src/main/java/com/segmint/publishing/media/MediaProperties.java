package com.segmint.publishing.media;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Uploaded media: the directory that stores it and the public base URL under which platforms that
 * fetch media (Instagram) find it.
 */
@ConfigurationProperties("segmint.media")
record MediaProperties(
    @DefaultValue("./segmint-data/media") Path directory,
    @DefaultValue("http://localhost:8080/media") URI publicBaseUrl) {}
