package com.segmint.publishing.dispatch;

import java.time.OffsetDateTime;

/**
 * One worker's hold on one post for one attempt. Outcomes are written only while the row still
 * shows this claim (same worker, same attempt), so a late worker never overwrites a recovery.
 */
record Claim(int postId, OffsetDateTime createdAt, int attempt, String worker) {}
