package com.segmint.config.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Times in request bodies are ISO-8601 strings with an offset, read exactly: Jackson's own reader
 * trims the text first (dropping a trailing NUL or newline with the spaces) and takes numbers as
 * epoch seconds, so it accepts what no client meant to send.
 */
@Configuration(proxyBeanMethods = false)
class StrictTimes {

  @Bean
  JacksonModule strictOffsetDateTimes() {
    return new SimpleModule("strict-times")
        .addDeserializer(OffsetDateTime.class, new OffsetDateTimeReader());
  }

  static final class OffsetDateTimeReader extends StdScalarDeserializer<OffsetDateTime> {

    OffsetDateTimeReader() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
      }
      String text = parser.getString();
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        return (OffsetDateTime)
            context.handleWeirdStringValue(
                OffsetDateTime.class, text, "expected an ISO-8601 time with an offset");
      }
    }
  }
}
