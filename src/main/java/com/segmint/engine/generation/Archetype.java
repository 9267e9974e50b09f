package com.segmint.engine.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shapes a post idea takes, each with sentence templates: {@code {a}} is a key phrase of the
 * content at hand, {@code {b}} one of the creator's recurring themes (or a second key phrase).
 */
enum Archetype {
  HOW_TO(
      "How to get {a} right: a step-by-step guide from my own {b} work",
      "How I use {a} to make {b} easier, step by step"),
  LIST("5 {a} mistakes I keep seeing, and what to do instead", "7 lessons {b} taught me about {a}"),
  CONTRARIAN(
      "Unpopular opinion: {a} matters less than everyone thinks, and {b} matters more",
      "Why most advice about {a} gets it backwards"),
  STORY(
      "The moment {a} changed the way I think about {b}",
      "What went wrong the first time I tried {a}, and what I would do differently"),
  QUESTION(
      "What is the one thing about {a} you wish someone had told you sooner?",
      "{a} or {b}: which would you fix first, and why?"),
  CASE_STUDY(
      "Case study: what happened when we put {a} at the centre of {b}",
      "Before and after: {a} in a real {b} project, with the results"),
  BEHIND_THE_SCENES(
      "Behind the scenes: how {a} really works in my day-to-day {b}",
      "A look inside my process: where {a} fits and where it does not"),
  DATA_POINT(
      "One number about {a} that surprised me, and what it means for {b}",
      "I tracked {a} for 30 days: here is what the numbers said");

  private final List<String> templates;

  Archetype(String... templates) {
    this.templates = List.of(templates);
  }

  /** The archetypes a tone favours first; the rest follow in their usual order. */
  static List<Archetype> orderFor(String tone) {
    String key = tone == null ? "" : tone.toLowerCase(Locale.ROOT);
    List<Archetype> favoured =
        switch (key) {
          case "witty", "casual" -> List.of(CONTRARIAN, QUESTION, STORY);
          case "educational", "professional" -> List.of(HOW_TO, LIST, CASE_STUDY, DATA_POINT);
          case "inspirational" -> List.of(STORY, BEHIND_THE_SCENES, QUESTION);
          default -> List.of();
        };
    List<Archetype> order = new ArrayList<>(favoured);
    for (Archetype archetype : values()) {
      if (!order.contains(archetype)) {
        order.add(archetype);
      }
    }
    return order;
  }

  String write(int variant, String a, String b) {
    String text = templates.get(variant % templates.size()).replace("{a}", a).replace("{b}", b);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
