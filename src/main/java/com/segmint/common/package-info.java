/** Shared value types every module may use: the database actor and data errors. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.segmint.common;

import org.springframework.modulith.ApplicationModule;
