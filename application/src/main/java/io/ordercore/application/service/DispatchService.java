package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.DispatchUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.application.port.out.Dispatches.RefusalKind;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.dispatch.DispatchDecision;
import io.ordercore.domain.dispatch.DispatchPolicy;
import io.ordercore.domain.dispatch.DispatchRequest;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

final class DispatchService implements DispatchUseCase {

    private static final Role[] VIEWERS = {Role.ADMIN, Role.SITE_MANAGER, Role.SUPERVISOR};

    private final Orders orders;
    private final Operators operators;
    private final Dispatches dispatches;
    private final Earnings earnings;
    private final Reviews reviews;
    private final Dispatcher dispatcher;
    private final ScheduledDispatch scheduled;
    private final Ids ids;
    private final AuditTrail audit;
    private final Clock clock;

    DispatchService(Orders orders, Operators operators, Dispatches dispatches, Earnings earnings, Reviews reviews,
                    Dispatcher dispatcher, ScheduledDispatch scheduled, Ids ids, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.operators = operators;
        this.dispatches = dispatches;
        this.earnings = earnings;
        this.reviews = reviews;
        this.dispatcher = dispatcher;
        this.scheduled = scheduled;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Order dispatch(Caller caller, OrderId id) {
        return audit.record(caller, "dispatch.run", "order:" + id, () -> {
            Permissions.require(caller, Role.ADMIN);
            Order order = load(id);
            if (order.status() != OrderStatus.PAID) {
                throw new IllegalTransitionException(order.status(), OrderStatus.OPERATOR_PROPOSED,
                        "Only a Paid order is dispatched; order " + id.value() + " is " + order.status());
            }
            return dispatcher.dispatch(order, DecisionKind.AUTO, caller.actor().id());
        });
    }

    @Override
    public List<Dispatches.Decision> explain(Caller caller, OrderId id) {
        Permissions.require(caller, VIEWERS);
        load(id);
        return dispatches.decisions(id);
    }

    @Override
    public Order assign(Caller caller, OrderId id, long operatorId, boolean force, String reason) {
        String action = force ? "dispatch.assign.forced" : "dispatch.assign";
        return audit.record(caller, action, "order:" + id, () -> {
            Permissions.require(caller, Role.ADMIN);
            Order order = load(id);
            AccountId operator = KnownIds.account("Operator", operatorId);
            if (order.status() != OrderStatus.PAID) {
                throw new IllegalTransitionException(order.status(), OrderStatus.OPERATOR_PROPOSED,
                        "Only a Paid order is assigned; order " + id.value() + " is " + order.status());
            }
            Candidate candidate = operators.candidates().stream().filter(c -> c.operator().id().equals(operator))
                    .findFirst().orElseThrow(() -> new NotFoundException("Operator", operatorId));
            DispatchRequest request = dispatcher.request(order, dispatches.refusedBy(id));
            DispatchDecision check = DispatchPolicy.decide(request, List.of(candidate));
            if (check.chosen().isEmpty() && !force) {
                throw new RefusedException("OPERATOR_FILTERED_OUT", "operator " + operatorId + " does not pass dispatch's "
                        + "filters: " + check.rejected().get(0).detail() + " (force to assign anyway)");
            }
            // Forced: the place is taken even when there is none left (and the assignment time is stamped).
            if (!operators.claimCapacity(operator, clock.instant()) && !force) {
                throw new RefusedException("OPERATOR_AT_CAPACITY", "operator " + operatorId + " holds as many orders as it can");
            }
            dispatches.record(new Dispatches.Decision(id, clock.instant(), force ? DecisionKind.FORCED : DecisionKind.MANUAL,
                    Optional.of(operator), (force ? "forced by " : "assigned by ") + caller.actor().id()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()) + "\n" + check.explain(),
                    caller.actor().id()));
            return dispatcher.propose(order, operator, caller.actor(), reason == null || reason.isBlank()
                    ? "assigned by hand" : reason);
        });
    }

    @Override
    public Order removeOperator(Caller caller, OrderId id, boolean penalty, String reason) {
        return audit.record(caller, penalty ? "dispatch.remove-operator.penalty" : "dispatch.remove-operator", "order:" + id,
                () -> {
                    Permissions.require(caller, Role.ADMIN);
                    Order order = load(id);
                    if (order.status() != OrderStatus.OPERATOR_PROPOSED && order.status() != OrderStatus.IN_PROGRESS) {
                        throw new IllegalTransitionException(order.status(), OrderStatus.PAID,
                                "Order " + id.value() + " has no operator to remove; it is " + order.status());
                    }
                    AccountId removed = order.operator().orElseThrow();
                    dispatches.refuse(id, removed, RefusalKind.REFUSED, clock.instant());
                    String why = "operator " + removed.value() + " removed" + (reason == null || reason.isBlank() ? ""
                            : ": " + reason.trim());
                    Order after = dispatcher.requeue(order, caller.actor(), why, DecisionKind.REMOVED);
                    if (penalty) {
                        fine(after, removed);
                    }
                    return after;
                });
    }

    /** The fine is the fee the operator would have earned; one per removal (its history entry). */
    private void fine(Order order, AccountId operator) {
        Operator profile = operators.find(operator).orElseThrow(() -> new NotFoundException("Operator", operator.value()));
        int removalSeq = order.history().stream().filter(e -> e.kind() == OrderHistoryEntry.Kind.STATUS
                && e.to() == OrderStatus.PAID).mapToInt(OrderHistoryEntry::seq).max().orElse(0);
        earnings.append(new EarningEntry(ids.nextEarningId(), operator, order.id(), EarningKind.PENALTY,
                io.ordercore.domain.shared.Money.zero(profile.tariff().currency()).minus(profile.tariff()), EarningEntry.penaltyKey(order.id(), removalSeq), clock.instant()));
    }

    @Override
    public void cancelRefusal(Caller caller, OrderId id, long operatorId) {
        audit.record(caller, "dispatch.cancel-refusal", "order:" + id, () -> {
            Permissions.require(caller, Role.ADMIN);
            load(id);
            if (!dispatches.cancelRefusal(id, KnownIds.account("Operator", operatorId))) {
                throw new NotFoundException("Refusal of operator " + operatorId + " on order", id.value());
            }
            return null;
        });
    }

    @Override
    public List<Dispatches.Task> awaitingOperator(Caller caller, int limit) {
        Permissions.require(caller, VIEWERS);
        return dispatches.awaitingOperator(Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public Dashboard dashboard(Caller caller) {
        Permissions.require(caller, VIEWERS);
        return new Dashboard(dispatches.countAwaitingOperator(), reviews.countPending(),
                earnings.countPayouts(PayoutStatus.PROCESSING));
    }

    @Override
    public int runScheduled(Caller caller, int limit) {
        Permissions.require(caller, Role.ADMIN);
        return scheduled.runDue(Math.max(1, limit));
    }

    private Order load(OrderId id) {
        return orders.find(id).orElseThrow(() -> new NotFoundException("Order", id.value()));
    }
}
