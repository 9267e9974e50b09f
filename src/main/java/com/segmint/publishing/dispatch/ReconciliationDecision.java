package com.segmint.publishing.dispatch;

/**
 * A person's answer for a post whose outcome is unknown: {@code posted} (it is on the platform,
 * with its remote id and optional URL), {@code failed} (it is not and should not be), or {@code
 * retry} (it is not: publish it again).
 */
public record ReconciliationDecision(String outcome, String remoteId, String remoteUrl) {}
