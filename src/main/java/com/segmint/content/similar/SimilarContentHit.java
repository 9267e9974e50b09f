package com.segmint.content.similar;

import java.math.BigDecimal;

/** One of the caller's contents and how close in meaning it is (cosine, 0..1, two decimals). */
public record SimilarContentHit(int id, String title, BigDecimal similarity) {}
