/** Analytics read models: the materialized post statistics and their refresh. */
@ApplicationModule(allowedDependencies = {"common"})
package com.segmint.analytics;

import org.springframework.modulith.ApplicationModule;
