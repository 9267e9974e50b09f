package com.segmint.engine.relevance;

import java.math.BigDecimal;

/** A score in [0, 1] with two decimals, and whether the idea repeats a published post. */
public record Relevance(BigDecimal score, boolean nearDuplicate) {}
