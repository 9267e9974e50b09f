/** The platform catalog, platform posts, scheduling, partition upkeep and publishing. */
@ApplicationModule(allowedDependencies = {"common", "users"})
package com.segmint.publishing;

import org.springframework.modulith.ApplicationModule;
