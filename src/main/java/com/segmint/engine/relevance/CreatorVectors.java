package com.segmint.engine.relevance;

import java.util.List;

/**
 * A creator's profile as embeddings: the content at hand, what pulls ideas toward them (their other
 * content, accepted ideas), what pushes away (dismissed ideas) and what is already published.
 */
public record CreatorVectors(
    float[] content, List<float[]> positives, List<float[]> dismissed, List<float[]> published) {}
