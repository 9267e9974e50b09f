package com.segmint.engine.generation;

import java.util.List;

/**
 * What ideas are asked for: the content at hand, the creator's recent writing (newest first), an
 * optional topic, tone (a catalogue name or the creator's free text) and platform, and how many.
 */
public record IdeaBrief(
    String contentTitle,
    String contentBody,
    List<String> recentContent,
    String topic,
    String tone,
    String platform,
    int count) {

  public IdeaBrief {
    recentContent = List.copyOf(recentContent);
  }
}
