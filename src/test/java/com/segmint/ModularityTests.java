package com.segmint;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(SegmintApplication.class);

  @Test
  void shouldKeepEveryModuleWithinItsAllowedDependencies() {
    modules.verify();
  }
}
