/** Shared value types every module may use: the database actor, data errors and SHA-256. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.segmint.common;

import org.springframework.modulith.ApplicationModule;
