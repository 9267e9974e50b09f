/** Infrastructure: the database (embedded or external), transactions, jOOQ and web errors. */
@ApplicationModule(allowedDependencies = {"common"})
package com.segmint.config;

import org.springframework.modulith.ApplicationModule;
