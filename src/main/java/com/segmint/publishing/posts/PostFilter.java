package com.segmint.publishing.posts;

/** Which posts a listing shows: by status and by content, each optional. */
public record PostFilter(String status, Integer contentId) {}
