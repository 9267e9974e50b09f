/** Content, its search and the storage of idea suggestions. */
@ApplicationModule(allowedDependencies = {"common", "engine"})
package com.segmint.content;

import org.springframework.modulith.ApplicationModule;
