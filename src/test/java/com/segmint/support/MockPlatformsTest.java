package com.segmint.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application on the run's shared embedded PostgreSQL, with its OAuth clients pointed at
 * {@link MockPlatforms}; the application events of each test are recorded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@ContextConfiguration(
    initializers = {TestDatabaseInitializer.class, MockPlatformsInitializer.class})
public @interface MockPlatformsTest {}
