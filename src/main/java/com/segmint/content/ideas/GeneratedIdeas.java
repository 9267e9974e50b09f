package com.segmint.content.ideas;

import java.util.List;

/**
 * Ideas just generated and stored, best first; {@code generator} is {@code llm} or {@code builtin},
 * {@code note} says why the built-in generator stood in for the language model (null otherwise).
 */
public record GeneratedIdeas(String generator, String note, List<IdeaSuggestionDetails> ideas) {}
