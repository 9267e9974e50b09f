package com.segmint.config.database;

/** How to reach the database: as its owner (migrations) and as the application role. */
public record DatabaseEndpoint(
    String url, String ownerUser, String ownerPassword, String appUser, String appPassword) {}
