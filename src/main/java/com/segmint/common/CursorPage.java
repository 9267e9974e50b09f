package com.segmint.common;

import java.util.List;

/**
 * One page of a list that can grow: the items and, when more follow, the opaque cursor to pass as
 * {@code ?cursor=} for the next page.
 */
public record CursorPage<T>(List<T> items, String nextCursor) {}
