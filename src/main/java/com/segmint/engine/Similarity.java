package com.segmint.engine;

import java.math.BigDecimal;

/** How close a text is in meaning: the cosine of their embeddings, in [0, 1], two decimals. */
public record Similarity(int id, BigDecimal similarity) {}
