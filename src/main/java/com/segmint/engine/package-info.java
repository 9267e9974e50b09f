/** The AI engine: idea generation, embeddings, relevance, tone and platform adaptation. */
@ApplicationModule(allowedDependencies = {"common", "publishing"})
package com.segmint.engine;

import org.springframework.modulith.ApplicationModule;
