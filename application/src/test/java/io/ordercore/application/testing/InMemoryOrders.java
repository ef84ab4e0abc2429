package io.ordercore.application.testing;

import io.ordercore.application.port.in.OrderCursor;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.OrderSummary;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** {@link Orders} over {@link InMemoryStore}, with the same list semantics as the SQL adapter. */
public final class InMemoryOrders implements Orders {

    private final InMemoryStore store;

    public InMemoryOrders(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return store.locked(s -> Optional.ofNullable(s.orders.get(id)).map(Order::rehydrate));
    }

    @Override
    public Order save(Order order) {
        return store.locked(s -> {
            OrderSnapshot current = s.orders.get(order.id());
            long storedVersion = current == null ? 0 : current.version();
            if (storedVersion != order.version()) {
                throw new ConcurrentUpdateException("Order " + order.id());
            }
            OrderSnapshot o = order.snapshot();
            OrderSnapshot saved = new OrderSnapshot(o.id(), o.status(), o.owner(), o.point(), o.operator(), o.details(),
                    o.price(), o.createdAt(), o.updatedAt(), o.firstPaidAt(), storedVersion + 1, o.history());
            s.orders.put(order.id(), saved);
            return Order.rehydrate(saved);
        });
    }

    @Override
    public OrderPage list(OrderListQuery q) {
        return store.locked(s -> {
            Comparator<OrderSnapshot> byKey = Comparator.comparing((OrderSnapshot o) -> key(o, q))
                    .thenComparingLong(o -> o.id().value());
            Comparator<OrderSnapshot> order = q.sort().descending() ? byKey.reversed() : byKey;
            List<OrderSnapshot> rows = s.orders.values().stream()
                    .filter(matches(q))
                    .filter(o -> q.cursor().map(c -> after(o, c, q)).orElse(true))
                    .sorted(order)
                    .limit(q.limit() + 1L)
                    .toList();
            boolean more = rows.size() > q.limit();
            List<OrderSnapshot> page = more ? rows.subList(0, q.limit()) : rows;
            Optional<String> next = more
                    ? Optional.of(new OrderCursor(q.sort(), key(page.get(page.size() - 1), q), page.get(page.size() - 1).id().value()).encode())
                    : Optional.empty();
            return new OrderPage(page.stream().map(InMemoryOrders::summary).toList(), next);
        });
    }

    @Override
    public long paidOrdinal(AccountId owner, java.time.Instant firstPaidAt, OrderId order) {
        return store.locked(s -> s.orders.values().stream()
                .filter(o -> o.owner().filter(owner::equals).isPresent() && o.firstPaidAt().isPresent())
                .filter(o -> o.firstPaidAt().get().isBefore(firstPaidAt)
                        || o.firstPaidAt().get().equals(firstPaidAt) && o.id().value() <= order.value())
                .count());
    }

    @Override
    public Map<OrderStatus, StatusTotals> totalsByStatus(AccountId owner) {
        return store.locked(s -> {
            Map<OrderStatus, StatusTotals> result = new java.util.EnumMap<>(OrderStatus.class);
            s.orders.values().stream().filter(o -> o.owner().filter(owner::equals).isPresent()).forEach(o ->
                    result.merge(o.status(), new StatusTotals(1, o.price().total().minor()),
                            (a, b) -> new StatusTotals(a.count() + b.count(), a.totalMinor() + b.totalMinor())));
            return result;
        });
    }

    @Override
    public Map<OrderId, OrderStatus> statuses(Collection<OrderId> ids) {
        return store.locked(s -> {
            Map<OrderId, OrderStatus> result = new HashMap<>();
            ids.forEach(id -> Optional.ofNullable(s.orders.get(id)).ifPresent(o -> result.put(id, o.status())));
            return result;
        });
    }

    @Override
    public Set<OrderId> deleteIfStatusIn(Collection<OrderId> ids, Set<OrderStatus> deletable) {
        return store.locked(s -> {
            Set<OrderId> deleted = new LinkedHashSet<>();
            for (OrderId id : ids) {
                OrderSnapshot o = s.orders.get(id);
                if (o != null && deletable.contains(o.status())) {
                    s.orders.remove(id);
                    deleted.add(id);
                }
            }
            return deleted;
        });
    }

    private static Instant key(OrderSnapshot o, OrderListQuery q) {
        return q.sort().byCreation() ? o.createdAt() : o.details().window().startsAt();
    }

    private static boolean after(OrderSnapshot o, OrderCursor c, OrderListQuery q) {
        int cmp = key(o, q).compareTo(c.key());
        if (cmp == 0) {
            cmp = Long.compare(o.id().value(), c.id());
        }
        return q.sort().descending() ? cmp < 0 : cmp > 0;
    }

    private static Predicate<OrderSnapshot> matches(OrderListQuery q) {
        return o -> Stream.<Predicate<OrderSnapshot>>of(
                x -> q.id().map(id -> id.equals(x.id())).orElse(true),
                x -> q.clientEmailPrefix().map(p -> x.details().client().email().value().startsWith(p)).orElse(true),
                x -> q.clientNamePrefix().map(p -> lower(x.details().client().name()).startsWith(p)).orElse(true),
                x -> q.callType().map(t -> t.equals(x.details().callType().id())).orElse(true),
                x -> q.recipientNamePrefix().map(p -> lower(x.details().recipient().name()).startsWith(p)).orElse(true),
                x -> q.recipientPhonePrefix().map(p -> x.details().recipient().phone().e164().startsWith(p)).orElse(true),
                x -> q.createdFrom().map(t -> !x.createdAt().isBefore(t)).orElse(true),
                x -> q.createdTo().map(t -> x.createdAt().isBefore(t)).orElse(true),
                x -> q.scheduledFrom().map(t -> !x.details().window().startsAt().isBefore(t)).orElse(true),
                x -> q.scheduledTo().map(t -> x.details().window().startsAt().isBefore(t)).orElse(true),
                x -> q.statuses().isEmpty() || q.statuses().contains(x.status()),
                x -> q.owner().map(a -> x.owner().filter(a::equals).isPresent()).orElse(true),
                x -> q.point().map(p -> x.point().filter(p::equals).isPresent()).orElse(true),
                x -> q.operator().map(a -> x.operator().filter(a::equals).isPresent()).orElse(true)
        ).allMatch(p -> p.test(o));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static OrderSummary summary(OrderSnapshot o) {
        var d = o.details();
        return new OrderSummary(o.id(), o.status(), d.client().name(), d.client().email(), d.recipient().name(),
                d.recipient().phone(), d.callType(), d.window(), o.price().total(), o.createdAt());
    }
}
