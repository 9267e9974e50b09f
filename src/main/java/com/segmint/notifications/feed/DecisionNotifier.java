package com.segmint.notifications.feed;

import com.segmint.approvals.WorkflowDecided;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a content's creator of each decision on its workflow: in the app, and by e-mail when SMTP
 * is configured. Runs after the decision commits; the event publication registry redelivers it
 * after a crash, and the notification's event key makes a redelivery a no-op.
 */
@Component
class DecisionNotifier {

  private final NotificationRepository notifications;
  private final TransactionTemplate transactions;
  private final DecisionMail mail;

  DecisionNotifier(
      NotificationRepository notifications, TransactionTemplate transactions, DecisionMail mail) {
    this.notifications = notifications;
    this.transactions = transactions;
    this.mail = mail;
  }

  // no transaction of the listener's own: the system actor must be bound before one begins
  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(WorkflowDecided decided) {
    Integer creator = decided.creatorId();
    if (creator == null || creator.equals(decided.deciderId())) {
      return;
    }
    DatabaseActors.callAs(
            DatabaseActor.system(), () -> transactions.execute(status -> record(creator, decided)))
        .ifPresent(delivery -> mail.send(delivery.address(), delivery.text()));
  }

  /** The e-mail to send, when this event was not recorded before and the creator has an address. */
  private Optional<Delivery> record(int creator, WorkflowDecided decided) {
    String decider = notifications.usernameOf(decided.deciderId()).orElse("a former member");
    String title = notifications.titleOf(decided.contentId()).orElse("your content");
    String text = DecisionWording.describe(decider, title, decided);
    boolean fresh =
        notifications.insert(
            creator,
            "workflow_" + decided.kind(),
            text,
            "/api/v1/workflows/" + decided.workflowId(),
            "workflow-decision:" + decided.decisionId());
    return fresh
        ? notifications.emailOf(creator).map(address -> new Delivery(address, text))
        : Optional.empty();
  }

  private record Delivery(String address, String text) {}
}
