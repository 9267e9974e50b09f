/** The audit trail written by database triggers, and its reading API. */
@ApplicationModule(allowedDependencies = {"common"})
package com.segmint.audit;

import org.springframework.modulith.ApplicationModule;
