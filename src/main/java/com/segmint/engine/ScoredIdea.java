package com.segmint.engine;

import java.math.BigDecimal;

/**
 * An idea and its relevance to the creator, in [0, 1] with two decimals; {@code source} is {@code
 * llm}, {@code builtin} or {@code creator}.
 */
public record ScoredIdea(String text, String source, BigDecimal relevance) {}
