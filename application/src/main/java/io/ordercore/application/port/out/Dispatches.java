package io.ordercore.application.port.out;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What dispatch remembers: each decision with its explanation, the operators who refused (or let
 * a proposal time out), and the scheduled work per order.
 */
public interface Dispatches {

    /** How a decision was made. */
    enum DecisionKind { AUTO, MANUAL, FORCED, REMOVED }

    /** One stored decision: who was chosen (if anyone) and the policy's explanation. */
    record Decision(OrderId order, Instant at, DecisionKind kind, Optional<AccountId> chosen, String explanation,
                    String decidedBy) {
    }

    void record(Decision decision);

    /** Decisions about the order, oldest first. */
    List<Decision> decisions(OrderId order);

    /** Why an operator no longer gets this order. */
    enum RefusalKind { REFUSED, TIMED_OUT }

    /** Remembers the refusal (a second one for the same order and operator changes nothing). */
    void refuse(OrderId order, AccountId operator, RefusalKind kind, Instant at);

    /** Forgets it, so dispatch may propose the order to that operator again. Returns whether there was one. */
    boolean cancelRefusal(OrderId order, AccountId operator);

    Set<AccountId> refusedBy(OrderId order);

    /** The stage of an order in the dispatch pipeline, each with its own due time. */
    enum Stage {
        /** Paid, waiting for an operator: due = the next dispatch attempt. */
        DISPATCH,
        /** Proposed to an operator: due = the confirmation deadline. */
        PROPOSED,
        /** In progress: due = the start of the critical time before the window ends. */
        IN_PROGRESS
    }

    /**
     * Scheduled work for one order.
     *
     * @param awaitingOperator true when the last attempt found no candidate (shown on the dashboard)
     * @param version          changes on every write, so a claimed task is only acted on if nobody moved it since
     */
    record Task(OrderId order, Stage stage, Instant dueAt, boolean awaitingOperator, Optional<AccountId> operator,
                long version) {
    }

    /** Inserts or replaces the order's task (one per order). */
    void schedule(OrderId order, Stage stage, Instant dueAt, boolean awaitingOperator, Optional<AccountId> operator);

    /** The order has left the pipeline (completed, failed, cancelled). */
    void unschedule(OrderId order);

    Optional<Task> task(OrderId order);

    /**
     * Claims up to {@code limit} tasks due at {@code now}: in one transaction, skips rows another
     * scheduler has locked and pushes the claimed ones' due time {@code lease} ahead, so two
     * schedulers never get the same task while it is being handled.
     */
    List<Task> claimDue(Instant now, int limit, Duration lease);

    /** How many orders wait for an operator (the dashboard's counter). */
    long countAwaitingOperator();

    /** Orders waiting for an operator, the longest waiting first. */
    List<Task> awaitingOperator(int limit);
}
