package io.ordercore.application.service;

import static io.ordercore.application.testing.OrderListForms.filters;
import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.OrderSort;
import io.ordercore.application.port.in.OrderSummary;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.OrderListForms;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Keyset paging: following the cursors visits every matching order exactly once, in sort order,
 * even when many orders share the same sort key (ties are broken by id).
 */
class OrderListPagingTest {

    private static final int ORDERS = 23;
    private final InMemoryCore memory = new InMemoryCore(MutableClock.atDefaultNow());
    private final Caller admin = memory.admin();

    /** 23 orders over only 3 creation instants and 2 window starts; ids inserted out of order. */
    private void seed() {
        Instant[] created = {
                Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-22T10:00:00Z")};
        CallWindow[] windows = {
                new CallWindow(LocalDate.parse("2026-11-25"), LocalTime.parse("10:00"), LocalTime.parse("11:00")),
                new CallWindow(LocalDate.parse("2026-11-26"), LocalTime.parse("10:00"), LocalTime.parse("11:00"))};
        for (int i = 0; i < ORDERS; i++) {
            long id = (i * 7L) % ORDERS + 1; // a permutation of 1..23
            memory.orders.save(anOrder().id(id).createdAt(created[(int) (id % 3)]).window(windows[(int) (id % 2)])
                    .status(id % 4 == 0 ? OrderStatus.PAID : OrderStatus.UNPAID).version(0).build());
        }
    }

    /** Follows cursors to the end, checking the shape of every page on the way. */
    private List<OrderSummary> walk(OrderListForms form, int limit) {
        List<OrderSummary> seen = new ArrayList<>();
        OrderListQuery query = form.limit(limit).cursor(null).query();
        for (int pages = 0; pages < 100; pages++) {
            OrderPage page = memory.core.findOrders().list(admin, query);
            seen.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return seen;
            }
            assertThat(page.items()).as("a page with a cursor is full").hasSize(limit);
            // The cursor travels as text, as it would through a URL.
            query = form.cursor(page.nextCursor().get()).query();
        }
        throw new AssertionError("paging did not end");
    }

    private static Comparator<OrderSummary> expectedOrder(OrderSort sort) {
        Comparator<OrderSummary> byKey = Comparator.comparing(
                (OrderSummary s) -> sort.byCreation() ? s.createdAt() : s.window().startsAt())
                .thenComparingLong(s -> s.id().value());
        return sort.descending() ? byKey.reversed() : byKey;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(OrderSort.class)
    void every_order_exactly_once_in_sort_order_for_each_sort(OrderSort sort) {
        seed();
        for (int limit : new int[] {1, 2, 4, 5, 22, 23, 24}) {
            List<OrderSummary> seen = walk(filters().sort(sort.name()), limit);

            assertThat(seen).as("limit %d", limit).hasSize(ORDERS);
            assertThat(seen).extracting(s -> s.id().value()).as("limit %d", limit).doesNotHaveDuplicates();
            assertThat(seen).as("limit %d", limit).isSortedAccordingTo(expectedOrder(sort));
        }
    }

    @Test
    void ties_on_the_creation_time_are_broken_by_id() {
        seed();
        List<OrderSummary> seen = walk(filters().sort("created_desc"), 3);

        // Newest instant holds ids with id % 3 == 2 (2, 5, ..., 23), by id descending.
        assertThat(seen.subList(0, 8)).extracting(s -> s.id().value()).containsExactly(23L, 20L, 17L, 14L, 11L, 8L, 5L, 2L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"created_asc", "scheduled_desc"})
    void paging_respects_the_filters(String sort) {
        seed();
        List<OrderSummary> seen = walk(filters().sort(sort).statuses("PAID"), 2);

        assertThat(seen).extracting(s -> s.id().value()).containsExactlyInAnyOrder(4L, 8L, 12L, 16L, 20L);
        assertThat(seen).isSortedAccordingTo(expectedOrder(OrderSort.valueOf(sort.toUpperCase())));
    }

    @Test
    void an_exactly_full_last_page_has_no_cursor() {
        seed();
        OrderPage first = memory.core.findOrders().list(admin, filters().statuses("PAID").limit(3).query());
        OrderPage last = memory.core.findOrders().list(admin, filters().statuses("PAID").limit(3)
                .cursor(first.nextCursor().orElseThrow()).query());

        assertThat(last.items()).hasSize(2);
        assertThat(last.nextCursor()).isEmpty();
        OrderPage exact = memory.core.findOrders().list(admin, filters().statuses("PAID").limit(5).query());
        assertThat(exact.items()).hasSize(5);
        assertThat(exact.nextCursor()).isEmpty();
    }

    @Test
    void an_empty_list_is_one_empty_page() {
        OrderPage page = memory.core.findOrders().list(admin, OrderListQuery.all());

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void orders_added_before_the_cursor_do_not_reappear_or_shift_the_rest() {
        seed();
        OrderPage first = memory.core.findOrders().list(admin, filters().sort("created_asc").limit(5).query());
        // A new order sorting before everything already paged past.
        memory.orders.save(anOrder().id(100).createdAt(Instant.parse("2026-11-01T00:00:00Z")).version(0).build());

        List<OrderSummary> continued = new ArrayList<>(first.items());
        OrderPage second = memory.core.findOrders().list(admin, filters().sort("created_asc").limit(50)
                .cursor(first.nextCursor().orElseThrow()).query());
        continued.addAll(second.items());

        assertThat(continued).hasSize(ORDERS).extracting(s -> s.id().value()).doesNotContain(100L).doesNotHaveDuplicates();
    }
}
