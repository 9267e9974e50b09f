package com.segmint.users.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;
import java.util.Set;

class IanaTimeZoneValidator implements ConstraintValidator<IanaTimeZone, String> {

  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || ZONES.contains(value);
  }
}
