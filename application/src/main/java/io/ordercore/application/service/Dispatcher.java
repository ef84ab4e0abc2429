package io.ordercore.application.service;

import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.application.port.out.Dispatches.Stage;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.dispatch.DispatchDecision;
import io.ordercore.domain.dispatch.DispatchPolicy;
import io.ordercore.domain.dispatch.DispatchRequest;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.workflow.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes Paid orders to operators by the {@link DispatchPolicy} and keeps each order's scheduled
 * work in step with its status. Every method runs inside the caller's transaction; the order's
 * version check makes two dispatchers acting on one order land once, and
 * {@link Operators#claimCapacity} makes two orders racing for an operator's last place land once.
 */
final class Dispatcher {

    /** How many chosen operators may turn out full (a race) before the order waits for the next attempt. */
    private static final int CAPACITY_RETRIES = 3;

    private final Orders orders;
    private final Catalog catalog;
    private final Operators operators;
    private final Dispatches dispatches;
    private final Transactions transactions;
    private final DispatchSettings settings;
    private final Notices notices;
    private final Clock clock;

    Dispatcher(Orders orders, Catalog catalog, Operators operators, Dispatches dispatches, Transactions transactions,
               DispatchSettings settings, Notices notices, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.operators = operators;
        this.dispatches = dispatches;
        this.transactions = transactions;
        this.settings = settings;
        this.notices = notices;
        this.clock = clock;
    }

    /** The order was just paid: it enters the pipeline, due at once (the scheduler is the safety net). */
    void enqueue(Order paid) {
        dispatches.schedule(paid.id(), Stage.DISPATCH, clock.instant(), false, Optional.empty());
    }

    /**
     * Right after the paid order's transaction commits: dispatch it now, in a transaction of its
     * own. A failure here loses nothing: the task stays due and the scheduler takes it.
     */
    void tryNow(Order paid) {
        if (paid.status() != OrderStatus.PAID) {
            return;
        }
        try {
            transactions.inTransaction(() -> orders.find(paid.id()).map(o -> dispatch(o, DecisionKind.AUTO, "dispatch")));
        } catch (RuntimeException e) {
            // A scheduler moved the order first, or the database broke a lock cycle between two
            // dispatches: the payment stands and the queued task is tried again by the scheduler.
        }
    }

    /**
     * Runs the policy for a Paid order and proposes it to the best candidate, or leaves it waiting
     * (retried later) when there is none. Records the decision with its explanation.
     */
    Order dispatch(Order order, DecisionKind kind, String decidedBy) {
        if (order.status() != OrderStatus.PAID) {
            return order;
        }
        Instant now = clock.instant();
        if (!order.details().window().endsAt().isAfter(now)) {
            return fail(order, "the call window ended before an operator took the order");
        }
        DispatchRequest request = request(order, dispatches.refusedBy(order.id()));
        List<Candidate> candidates = new ArrayList<>(operators.candidates());
        for (int attempt = 0; attempt <= CAPACITY_RETRIES; attempt++) {
            DispatchDecision decision = DispatchPolicy.decide(request, candidates);
            Optional<AccountId> chosen = decision.chosen();
            if (chosen.isEmpty() || operators.claimCapacity(chosen.get(), now)) {
                dispatches.record(new Dispatches.Decision(order.id(), now, kind, chosen, decision.explain(), decidedBy));
                return chosen.map(operator -> propose(order, operator, Actor.system("dispatch"), "dispatch"))
                        .orElseGet(() -> awaitOperator(order));
            }
            // Filled up by a concurrent proposal since the snapshot: drop it and decide again.
            candidates.removeIf(c -> c.operator().id().equals(chosen.get()));
        }
        return awaitOperator(order);
    }

    /** Proposes the order to this operator (capacity already claimed) and starts its confirmation clock. */
    Order propose(Order order, AccountId operator, Actor actor, String reason) {
        order.propose(operator, actor, reason, clock);
        Order saved = orders.save(order);
        dispatches.schedule(saved.id(), Stage.PROPOSED, clock.instant().plus(settings.confirmationTimeout()), false,
                Optional.of(operator));
        notices.proposed(saved, operator);
        return saved;
    }

    /** The order is back in the queue (refused, timed out, operator removed): dispatch it again now. */
    Order requeue(Order order, Actor actor, String reason, DecisionKind kind) {
        OrderStatus from = order.status();
        order.changeStatus(OrderStatus.PAID, actor, reason, clock);
        Order saved = orders.save(order);
        if (from == OrderStatus.IN_PROGRESS) {
            notices.statusChanged(saved, from);
        }
        return dispatch(saved, kind, actor.id());
    }

    /**
     * The operator confirmed: watch the window's critical time. One who took the order already
     * inside critical time keeps it until the window ends (else it would be taken back at once).
     */
    void started(Order order) {
        Instant end = order.details().window().endsAt();
        Instant critical = end.minus(settings.criticalTime());
        dispatches.schedule(order.id(), Stage.IN_PROGRESS, critical.isAfter(clock.instant()) ? critical : end, false,
                order.operator());
    }

    /** An administrator moved the order: a final status leaves the pipeline; back to Paid re-enters it. */
    void statusChangedByHand(Order order) {
        if (order.status() == OrderStatus.PAID) {
            enqueue(order);
        } else if (order.status() != OrderStatus.UNPAID) {
            dispatches.unschedule(order.id());
        }
    }

    Order fail(Order order, String reason) {
        OrderStatus from = order.status();
        order.changeStatus(OrderStatus.FAILED, Actor.system("dispatch"), reason, clock);
        Order saved = orders.save(order);
        dispatches.unschedule(saved.id());
        notices.statusChanged(saved, from);
        return saved;
    }

    /** What the policy is asked for this order, from its call type as the catalogue has it now. */
    DispatchRequest request(Order order, Set<AccountId> excluded) {
        Optional<CallType> type = catalog.callType(order.details().callType().id());
        Set<TalentId> critical = new HashSet<>();
        Set<TalentId> other = new HashSet<>();
        type.ifPresent(t -> t.talents().forEach(id -> {
            boolean isCritical = catalog.talent(id).map(Talent::critical).orElse(false);
            (isCritical ? critical : other).add(id);
        }));
        OperatorGender required = type.map(CallType::requiredGender).orElse(OperatorGender.ANY);
        return new DispatchRequest(order.id(), required, critical, other, order.details().preferredGender(),
                order.details().window(), excluded);
    }

    private Order awaitOperator(Order order) {
        dispatches.schedule(order.id(), Stage.DISPATCH, clock.instant().plus(settings.retryInterval()), true,
                Optional.empty());
        return order;
    }
}
