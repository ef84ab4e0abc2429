package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.OrderListForm;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.OrderSummary;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Orders} implementation must do, run against the in-memory store, PostgreSQL
 * and H2 alike, so the fakes the use-case tests rely on behave like the real thing.
 */
public abstract class OrdersContract {

    protected final MutableClock clock = MutableClock.atDefaultNow();

    protected abstract Orders orders();

    protected abstract Ids ids();

    protected abstract Transactions transactions();

    /** Removes every stored order. */
    protected abstract void deleteAllOrders();

    @BeforeEach
    void startEmpty() {
        deleteAllOrders();
    }

    private Order placeNew(TestOrders builder) {
        Order template = builder.build();
        Order order = Order.place(ids().nextOrderId(), template.owner().orElseThrow(), template.point(),
                template.details(), template.price(), Actor.client(template.details().client().email().value()), clock);
        return transactions().inTransaction(() -> orders().save(order));
    }

    private Order placeNew() {
        return placeNew(TestOrders.anOrder());
    }

    @Test
    void aStoredOrderReadsBackEqual() {
        Order saved = placeNew(TestOrders.anOrder().client("Анна Сергеевна", "Anna@Example.com")
                .recipient("O'Brien_%", "+79161234567").price(Money.kopecks(123_456)));

        Order found = orders().find(saved.id()).orElseThrow();

        assertThat(found.snapshot()).isEqualTo(saved.snapshot());
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.history()).hasSize(1);
        assertThat(found.unsavedHistory()).isEmpty();
        assertThat(found.details().client().name()).isEqualTo("Анна Сергеевна");
        assertThat(found.price().total()).isEqualTo(Money.kopecks(123_456));
    }

    @Test
    void unknownIdIsEmpty() {
        assertThat(orders().find(new OrderId(987_654_321))).isEmpty();
    }

    @Test
    void aChangeIsStoredWithItsHistoryAndANewVersion() {
        Order saved = placeNew();
        Order loaded = orders().find(saved.id()).orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        loaded.changeStatus(OrderStatus.CANCELLED, Actor.admin("ops"), "client asked", clock);

        Order stored = transactions().inTransaction(() -> orders().save(loaded));

        Order found = orders().find(saved.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(found.snapshot()).isEqualTo(stored.snapshot());
        assertThat(found.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(found.history()).extracting(e -> e.to()).containsExactly(OrderStatus.UNPAID, OrderStatus.CANCELLED);
        assertThat(found.history().get(1).reason()).contains("client asked");
        assertThat(found.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aStaleWriteIsRefusedAndChangesNothing() {
        Order saved = placeNew();
        Order first = orders().find(saved.id()).orElseThrow();
        Order second = orders().find(saved.id()).orElseThrow();
        first.changeStatus(OrderStatus.CANCELLED, Actor.admin("a"), "first", clock);
        second.reschedule(new CallWindow(LocalDate.parse("2026-11-26"), LocalTime.parse("15:00"), LocalTime.parse("16:00")),
                Actor.admin("b"), "second", clock);
        transactions().inTransaction(() -> orders().save(first));

        assertThatThrownBy(() -> transactions().inTransaction(() -> orders().save(second)))
                .isInstanceOf(ConcurrentUpdateException.class)
                .extracting(e -> ((ConcurrentUpdateException) e).code()).isEqualTo("CONCURRENT_UPDATE");

        Order found = orders().find(saved.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(found.details().window()).isEqualTo(saved.details().window());
        assertThat(found.history()).hasSize(2);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        OrderId id = ids().nextOrderId();
        Order order = Order.place(id, new AccountId(100), Optional.empty(), TestOrders.anOrder().details(),
                OrderPrice.undiscounted(Money.roubles(10)), Actor.client("x@example.com"), clock);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            orders().save(order);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(orders().find(id)).isEmpty();
    }

    @Test
    void idsAreDistinctAndGrow() {
        OrderId a = ids().nextOrderId();
        OrderId b = ids().nextOrderId();
        assertThat(b.value()).isGreaterThan(a.value());
    }

    @Test
    void statusesAndGuardedDelete() {
        Order unpaid = placeNew();
        Order paid = placeNew();
        Order loaded = orders().find(paid.id()).orElseThrow();
        loaded.changeStatus(OrderStatus.CANCELLED, Actor.admin("a"), null, clock);
        transactions().inTransaction(() -> orders().save(loaded));
        OrderId missing = new OrderId(999_999_999);

        Map<OrderId, OrderStatus> statuses = orders().statuses(List.of(unpaid.id(), paid.id(), missing));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(unpaid.id(), OrderStatus.UNPAID, paid.id(), OrderStatus.CANCELLED));

        Set<OrderId> deleted = transactions().inTransaction(() ->
                orders().deleteIfStatusIn(List.of(unpaid.id(), paid.id(), missing), Set.of(OrderStatus.CANCELLED)));

        assertThat(deleted).containsExactly(paid.id());
        assertThat(orders().find(paid.id())).isEmpty();
        assertThat(orders().find(unpaid.id())).isPresent();
    }

    @Test
    void listFiltersOnEveryField() {
        Order ivan = placeNew(TestOrders.anOrder().client("Ivan Petrov", "ivan@mail.ru").recipient("Maria", "+79161234567").callType(1, "A"));
        clock.advance(Duration.ofHours(1));
        Order olga = placeNew(TestOrders.anOrder().client("Olga", "olga@example.com").recipient("Mark_1", "+77011234567").callType(2, "B")
                .window(new CallWindow(LocalDate.parse("2026-12-01"), LocalTime.parse("09:00"), LocalTime.parse("10:00"))));
        clock.advance(Duration.ofHours(1));
        Order ivanna = placeNew(TestOrders.anOrder().client("ivanna", "IVANNA@mail.ru").recipient("Mark%", "+79169999999").callType(1, "A"));
        Order loaded = orders().find(ivanna.id()).orElseThrow();
        loaded.changeStatus(OrderStatus.CANCELLED, Actor.admin("a"), null, clock);
        transactions().inTransaction(() -> orders().save(loaded));

        assertThat(ids(list(form().id(olga.id().toString())))).containsExactly(olga.id());
        assertThat(ids(list(form().clientEmail("IVAN")))).containsExactly(ivanna.id(), ivan.id());
        assertThat(ids(list(form().clientName("Ivan P")))).containsExactly(ivan.id());
        assertThat(ids(list(form().callTypeId("2")))).containsExactly(olga.id());
        assertThat(ids(list(form().recipientName("mark_")))).containsExactly(olga.id());
        assertThat(ids(list(form().recipientName("mark%")))).containsExactly(ivanna.id());
        assertThat(ids(list(form().recipientPhone("+7 916")))).containsExactly(ivanna.id(), ivan.id());
        assertThat(ids(list(form().createdFrom(ivan.createdAt().plusSeconds(1).toString())))).containsExactly(ivanna.id(), olga.id());
        assertThat(ids(list(form().createdTo(olga.createdAt().toString())))).containsExactly(ivan.id());
        assertThat(ids(list(form().scheduledFrom("2026-11-30")))).containsExactly(olga.id());
        assertThat(ids(list(form().scheduledTo("2026-11-30")))).containsExactly(ivanna.id(), ivan.id());
        assertThat(ids(list(form().statuses("CANCELLED")))).containsExactly(ivanna.id());
        assertThat(ids(list(form().statuses("unpaid,cancelled")))).containsExactly(ivanna.id(), olga.id(), ivan.id());
        assertThat(ids(list(form().clientEmail("ivan").statuses("UNPAID")))).containsExactly(ivan.id());
        assertThat(ids(list(form().clientEmail("nobody")))).isEmpty();
    }

    @Test
    void listSortsAndSummarises() {
        Order early = placeNew(TestOrders.anOrder().window(new CallWindow(LocalDate.parse("2026-11-30"), LocalTime.parse("09:00"), LocalTime.parse("10:00"))));
        clock.advance(Duration.ofMinutes(1));
        Order late = placeNew(TestOrders.anOrder().window(new CallWindow(LocalDate.parse("2026-11-24"), LocalTime.parse("09:00"), LocalTime.parse("10:00"))));

        assertThat(ids(list(form()))).containsExactly(late.id(), early.id());
        assertThat(ids(list(form().sort("created_asc")))).containsExactly(early.id(), late.id());
        assertThat(ids(list(form().sort("scheduled_asc")))).containsExactly(late.id(), early.id());
        assertThat(ids(list(form().sort("scheduled_desc")))).containsExactly(early.id(), late.id());

        OrderSummary line = list(form().id(early.id().toString())).items().get(0);
        assertThat(line.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(line.clientEmail()).isEqualTo(early.details().client().email());
        assertThat(line.recipientPhone()).isEqualTo(early.details().recipient().phone());
        assertThat(line.callType()).isEqualTo(early.details().callType());
        assertThat(line.window()).isEqualTo(early.details().window());
        assertThat(line.total()).isEqualTo(early.price().total());
        assertThat(line.createdAt()).isEqualTo(early.createdAt());
    }

    @Test
    void keysetPagingVisitsEveryOrderOnceEvenWithEqualTimes() {
        List<OrderId> placed = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            if (i % 5 == 0) {
                clock.advance(Duration.ofSeconds(1)); // groups of five share a creation time
            }
            placed.add(placeNew().id());
        }
        for (String sort : List.of("created_desc", "created_asc", "scheduled_asc", "scheduled_desc")) {
            List<OrderId> seen = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            int pages = 0;
            do {
                OrderPage page = list(form().sort(sort).limit("4").cursor(cursor.orElse(null)));
                page.items().forEach(o -> seen.add(o.id()));
                cursor = page.nextCursor();
                pages++;
            } while (cursor.isPresent());
            assertThat(pages).as(sort).isEqualTo(6);
            assertThat(seen).as(sort).hasSize(23).doesNotHaveDuplicates();
            assertThat(new HashSet<>(seen)).as(sort).containsExactlyInAnyOrderElementsOf(placed);
        }
    }

    @Test
    void ownerPointAndOperatorAreStoredAndScopeTheList() {
        Order mine = placeNew(TestOrders.anOrder().owner(501).point(1));
        Order theirs = placeNew(TestOrders.anOrder().owner(502).point(1));
        Order elsewhere = placeNew(TestOrders.anOrder().owner(503).point(999));

        assertThat(orders().find(mine.id()).orElseThrow().owner()).contains(new AccountId(501));
        assertThat(orders().find(elsewhere.id()).orElseThrow().point()).contains(new PointId(999));
        OrderListQuery all = OrderListQuery.all();
        assertThat(ids(orders().list(all.scopedTo(Optional.of(new AccountId(501)), Optional.empty(), Optional.empty()))))
                .containsExactly(mine.id());
        assertThat(ids(orders().list(all.scopedTo(Optional.empty(), Optional.of(new PointId(1)), Optional.empty()))))
                .containsExactly(theirs.id(), mine.id());
        assertThat(ids(orders().list(all.scopedTo(Optional.empty(), Optional.empty(), Optional.of(new AccountId(501))))))
                .isEmpty();
    }

    @Test
    void totalsByStatusCountAndSumOneClientsOrdersExactly() {
        placeNew(TestOrders.anOrder().owner(601).price(Money.kopecks(12_345)));
        placeNew(TestOrders.anOrder().owner(601).price(Money.kopecks(10_000)));
        Order cancelled = placeNew(TestOrders.anOrder().owner(601).price(Money.kopecks(1)));
        placeNew(TestOrders.anOrder().owner(602).price(Money.kopecks(999_999)));
        Order loaded = orders().find(cancelled.id()).orElseThrow();
        loaded.changeStatus(OrderStatus.CANCELLED, Actor.admin("a"), null, clock);
        transactions().inTransaction(() -> orders().save(loaded));

        Map<OrderStatus, Orders.StatusTotals> totals = orders().totalsByStatus(new AccountId(601));

        assertThat(totals).containsOnlyKeys(OrderStatus.UNPAID, OrderStatus.CANCELLED);
        assertThat(totals.get(OrderStatus.UNPAID)).isEqualTo(new Orders.StatusTotals(2, 22_345));
        assertThat(totals.get(OrderStatus.CANCELLED)).isEqualTo(new Orders.StatusTotals(1, 1));
        assertThat(orders().totalsByStatus(new AccountId(603))).isEmpty();
    }

    @Test
    void aFullLastPageHasNoCursorWhenNothingFollows() {
        placeNew();
        placeNew();
        assertThat(list(form().limit("2")).nextCursor()).isEmpty();
        assertThat(list(form().limit("1")).nextCursor()).isPresent();
    }

    private OrderPage list(Form form) {
        return orders().list(OrderListQuery.parse(form.build()));
    }

    private static List<OrderId> ids(OrderPage page) {
        return page.items().stream().map(OrderSummary::id).toList();
    }

    private static Form form() {
        return new Form();
    }

    /** A fluent way to fill in an {@link OrderListForm}. */
    static final class Form {
        private String id, clientEmail, clientName, callTypeId, recipientName, recipientPhone, createdFrom, createdTo,
                scheduledFrom, scheduledTo, sort, limit, cursor;
        private final List<String> statuses = new ArrayList<>();

        Form id(String v) { id = v; return this; }
        Form clientEmail(String v) { clientEmail = v; return this; }
        Form clientName(String v) { clientName = v; return this; }
        Form callTypeId(String v) { callTypeId = v; return this; }
        Form recipientName(String v) { recipientName = v; return this; }
        Form recipientPhone(String v) { recipientPhone = v; return this; }
        Form createdFrom(String v) { createdFrom = v; return this; }
        Form createdTo(String v) { createdTo = v; return this; }
        Form scheduledFrom(String v) { scheduledFrom = v; return this; }
        Form scheduledTo(String v) { scheduledTo = v; return this; }
        Form statuses(String v) { statuses.add(v); return this; }
        Form sort(String v) { sort = v; return this; }
        Form limit(String v) { limit = v; return this; }
        Form cursor(String v) { cursor = v; return this; }

        OrderListForm build() {
            return new OrderListForm(id, clientEmail, clientName, callTypeId, recipientName, recipientPhone, createdFrom,
                    createdTo, scheduledFrom, scheduledTo, statuses, sort, limit, cursor);
        }
    }

    protected static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
