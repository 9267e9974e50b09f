package com.segmint.engine.llm;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when {@code segmint.llm.base-url} has text. {@code @ConditionalOnProperty} would match the
 * empty value that {@code SEGMINT_LLM_BASE_URL} defaults to.
 */
public class LlmConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return StringUtils.hasText(context.getEnvironment().getProperty("segmint.llm.base-url"));
  }
}
