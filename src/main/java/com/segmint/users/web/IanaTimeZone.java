package com.segmint.users.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An IANA time zone name such as {@code Europe/Berlin} or {@code UTC}; null is allowed. */
@Documented
@Constraint(validatedBy = IanaTimeZoneValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface IanaTimeZone {

  String message() default "must be an IANA time zone such as Europe/Berlin or UTC";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
