package com.segmint.publishing.partitions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Upkeep of platform_post's monthly partitions: how many months to create ahead, and how many
 * months to keep attached (0 keeps every month).
 */
@ConfigurationProperties("segmint.partitions")
record PartitionProperties(
    @DefaultValue("3") int monthsAhead, @DefaultValue("0") int retentionMonths) {}
