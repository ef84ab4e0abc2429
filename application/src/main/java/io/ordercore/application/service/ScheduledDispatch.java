package io.ordercore.application.service;

import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.application.port.out.Dispatches.RefusalKind;
import io.ordercore.application.port.out.Dispatches.Task;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.workflow.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Due work of the dispatch pipeline: confirmation timeouts, critical time, ended windows, retries.
 * Tasks are claimed in a short transaction of their own (rows other schedulers hold are skipped, and
 * claimed ones are leased), then each is handled in its own transaction, and only if nobody
 * rescheduled it since the claim: so every item is handled once with any number of schedulers.
 */
final class ScheduledDispatch {

    /** Long enough to handle a batch; a scheduler that dies mid-batch leaves its tasks to others after it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Orders orders;
    private final Dispatches dispatches;
    private final Dispatcher dispatcher;
    private final Transactions transactions;
    private final DispatchSettings settings;
    private final Clock clock;

    ScheduledDispatch(Orders orders, Dispatches dispatches, Dispatcher dispatcher, Transactions transactions,
                      DispatchSettings settings, Clock clock) {
        this.orders = orders;
        this.dispatches = dispatches;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    int runDue(int limit) {
        List<Task> claimed = transactions.inTransaction(() -> dispatches.claimDue(clock.instant(), limit, LEASE));
        int handled = 0;
        RuntimeException failed = null;
        for (Task task : claimed) {
            try {
                if (transactions.inTransaction(() -> handle(task))) {
                    handled++;
                }
            } catch (ConcurrentUpdateException e) {
                // the order moved under us (an operator answered just now): the next run sees the new state
            } catch (RuntimeException e) {
                // e.g. a deadlock broken by the database: the task's lease runs out and it is claimed again
                failed = e;
            }
        }
        if (failed != null && handled == 0) {
            throw failed; // nothing went through: let the caller see why (the job logs it)
        }
        return handled;
    }

    private boolean handle(Task claimed) {
        Optional<Task> current = dispatches.task(claimed.order());
        if (current.isEmpty() || current.get().version() != claimed.version()) {
            return false; // rescheduled or finished since the claim: not ours any more
        }
        Optional<Order> found = orders.find(claimed.order());
        if (found.isEmpty()) {
            dispatches.unschedule(claimed.order());
            return true;
        }
        Order order = found.get();
        switch (claimed.stage()) {
            case DISPATCH -> dispatchAgain(order);
            case PROPOSED -> timeOut(order, claimed);
            case IN_PROGRESS -> criticalTime(order);
            default -> throw new IllegalStateException("unknown stage " + claimed.stage());
        }
        return true;
    }

    private void dispatchAgain(Order order) {
        if (order.status() == OrderStatus.PAID) {
            dispatcher.dispatch(order, DecisionKind.AUTO, "scheduler");
        } else {
            dispatches.unschedule(order.id());
        }
    }

    /** Silence within the confirmation timeout counts as a refusal. */
    private void timeOut(Order order, Task task) {
        if (order.status() != OrderStatus.OPERATOR_PROPOSED || !order.operator().equals(task.operator())) {
            return;
        }
        dispatches.refuse(order.id(), order.operator().orElseThrow(), RefusalKind.TIMED_OUT, clock.instant());
        dispatcher.requeue(order, Actor.system("dispatch"), "no answer within " + settings.confirmationTimeout().toMinutes()
                + " min", DecisionKind.AUTO);
    }

    /**
     * In critical time without a call result the operator is removed and the order dispatched
     * again if its window still runs; once the window has ended it fails.
     */
    private void criticalTime(Order order) {
        if (order.status() != OrderStatus.IN_PROGRESS) {
            return;
        }
        Instant now = clock.instant();
        if (!order.details().window().endsAt().isAfter(now)) {
            dispatcher.fail(order, "the call window ended without a completed call");
            return;
        }
        dispatches.refuse(order.id(), order.operator().orElseThrow(), RefusalKind.TIMED_OUT, now);
        dispatcher.requeue(order, Actor.system("dispatch"), "no call result " + settings.criticalTime().toMinutes()
                + " min before the window ends", DecisionKind.REMOVED);
    }
}
