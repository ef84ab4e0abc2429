package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OperatorCabinetUseCase;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderSummary;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.application.port.out.Dispatches.RefusalKind;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class OperatorCabinetService implements OperatorCabinetUseCase {

    private final Orders orders;
    private final Accounts accounts;
    private final Dispatches dispatches;
    private final Earnings earnings;
    private final Dispatcher dispatcher;
    private final Notices notices;
    private final Ids ids;
    private final AuditTrail audit;
    private final Clock clock;

    OperatorCabinetService(Orders orders, Accounts accounts, Dispatches dispatches, Earnings earnings, Dispatcher dispatcher,
                           Notices notices, Ids ids, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.dispatches = dispatches;
        this.earnings = earnings;
        this.dispatcher = dispatcher;
        this.notices = notices;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Order> proposals(Caller caller) {
        return mine(caller, Set.of(OrderStatus.OPERATOR_PROPOSED), OrderListQuery.MAX_LIMIT);
    }

    @Override
    public List<Order> myOrders(Caller caller, int limit) {
        int pageSize = Math.max(1, Math.min(limit, OrderListQuery.MAX_LIMIT));
        List<Order> inProgress = mine(caller, Set.of(OrderStatus.IN_PROGRESS), pageSize);
        List<Order> result = new java.util.ArrayList<>(inProgress);
        mine(caller, Set.of(), pageSize).stream().filter(o -> o.status() != OrderStatus.IN_PROGRESS)
                .limit(pageSize - inProgress.size()).forEach(result::add);
        return result;
    }

    private List<Order> mine(Caller caller, Set<OrderStatus> statuses, int limit) {
        Caller.SignedIn me = operator(caller);
        OrderListQuery all = OrderListQuery.all();
        OrderListQuery query = new OrderListQuery(all.id(), all.clientEmailPrefix(), all.clientNamePrefix(), all.callType(),
                all.recipientNamePrefix(), all.recipientPhonePrefix(), all.createdFrom(), all.createdTo(),
                all.scheduledFrom(), all.scheduledTo(), statuses, all.sort(), limit, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(me.id()));
        return orders.list(query).items().stream().map(OrderSummary::id).map(orders::find).flatMap(Optional::stream).toList();
    }

    @Override
    public Order confirm(Caller caller, OrderId id) {
        return audit.record(caller, "order.confirm", "order:" + id, () -> {
            Caller.SignedIn me = operator(caller);
            Order order = held(me, id);
            OrderStatus from = order.status();
            order.confirm(me.id(), me.actor(), clock);
            Order saved = orders.save(order);
            dispatcher.started(saved);
            notices.statusChanged(saved, from);
            return saved;
        });
    }

    @Override
    public Order refuse(Caller caller, OrderId id, String reason) {
        return audit.record(caller, "order.refuse", "order:" + id, () -> {
            Caller.SignedIn me = operator(caller);
            Order order = held(me, id);
            if (order.status() != OrderStatus.OPERATOR_PROPOSED) {
                throw new RefusedException("CANNOT_REFUSE", "order " + id.value() + " is " + order.status()
                        + ": only a proposed order can be refused");
            }
            dispatches.refuse(id, me.id(), RefusalKind.REFUSED, clock.instant());
            String why = "refused by the operator" + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
            return dispatcher.requeue(order, me.actor(), why, DecisionKind.AUTO);
        });
    }

    @Override
    public EarningsView earnings(Caller caller) {
        Caller.SignedIn me = operator(caller);
        return new EarningsView(earnings.available(me.id()), earnings.entries(me.id(), 100));
    }

    @Override
    public PayoutRequest requestPayout(Caller caller, Long amountKopecks) {
        return audit.record(caller, "payout.request", p -> "payout:" + p.id(), "payout:new", () -> {
            Caller.SignedIn me = operator(caller);
            if (amountKopecks == null) {
                throw ValidationException.of("amountKopecks", "REQUIRED", "is required");
            }
            if (amountKopecks <= 0) {
                throw ValidationException.of("amountKopecks", "NOT_POSITIVE", "must be more than zero");
            }
            accounts.lock(me.id());
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            PayoutRequest request = new PayoutRequest(ids.nextPayoutId(), me.id(), Money.kopecks(amountKopecks),
                    PayoutStatus.PROCESSING, now, now, Optional.empty());
            return earnings.requestPayout(request).orElseThrow(() -> new RefusedException("OVER_BALANCE",
                    "you can request at most " + earnings.available(me.id())));
        });
    }

    @Override
    public List<PayoutRequest> myPayouts(Caller caller) {
        Caller.SignedIn me = operator(caller);
        return earnings.payouts(Optional.of(me.id()), Optional.empty(), 0, 100);
    }

    private Order held(Caller.SignedIn me, OrderId id) {
        Order order = orders.find(id).orElseThrow(() -> new NotFoundException("Order", id.value()));
        if (order.operator().filter(me.id()::equals).isEmpty()) {
            throw new NotFoundException("Order", id.value()); // not yours: as if it did not exist
        }
        return order;
    }

    private static Caller.SignedIn operator(Caller caller) {
        Permissions.require(caller, Role.OPERATOR);
        return Permissions.signedIn(caller);
    }
}
