package com.segmint.publishing.scheduling;

/** The parts of a content that scheduling checks: whose it is, its title and its body. */
record ContentToSchedule(Integer ownerId, String title, String body) {}
