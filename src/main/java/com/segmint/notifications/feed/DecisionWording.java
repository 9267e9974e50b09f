package com.segmint.notifications.feed;

import com.segmint.approvals.WorkflowDecided;
import java.util.Map;

/** How a decision reads to the creator. */
final class DecisionWording {

  private static final Map<String, String> VERBS =
      Map.of(
          "approve", "approved",
          "reject", "rejected",
          "request_changes", "requested changes to",
          "comment", "commented on");

  private DecisionWording() {}

  static String describe(String decider, String title, WorkflowDecided decided) {
    String verb = VERBS.getOrDefault(decided.kind(), decided.kind());
    String sentence = "%s %s \"%s\"".formatted(decider, verb, title);
    String withMessage = decided.message() == null ? sentence : sentence + ": " + decided.message();
    return withMessage + " (workflow " + decided.workflowStatus() + ")";
  }
}
