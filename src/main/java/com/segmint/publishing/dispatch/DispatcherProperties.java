package com.segmint.publishing.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publishing dispatcher: whether this instance publishes, with how many threads, how many posts
 * a thread claims at once, how many of them a thread sends side by side, how long a claim lasts
 * before it counts as abandoned, how often an idle thread looks for due posts and for abandoned
 * claims, and how failed attempts that provably did not publish are retried (exponential backoff
 * from {@code backoff} up to {@code maxBackoff}, at most {@code maxAttempts} attempts in all).
 */
@ConfigurationProperties("segmint.dispatcher")
record DispatcherProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("2") int threads,
    @DefaultValue("10") int batchSize,
    @DefaultValue("10") int callsPerThread,
    @DefaultValue("5m") Duration lease,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("30s") Duration recoveryInterval,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("30s") Duration backoff,
    @DefaultValue("1h") Duration maxBackoff) {}
