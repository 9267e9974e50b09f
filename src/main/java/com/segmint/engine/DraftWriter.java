package com.segmint.engine;

/**
 * Writes a content as a post ready for one platform, within that platform's limits: by the LLM when
 * one is configured (its answer checked and, if over a limit, adapted by the rules), by
 * deterministic rules otherwise or when the LLM fails.
 */
public interface DraftWriter {

  /**
   * @throws com.segmint.common.InvalidRequest for an unknown platform ({@code platform}) or an
   *     unusable tone ({@code tone})
   */
  PlatformDraft write(DraftRequest request);
}
