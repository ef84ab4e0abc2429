package io.ordercore.application.service;

import static io.ordercore.application.testing.OrderListForms.filters;
import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.OrderSummary;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.OrderListForms;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin order list: each filter, each sort, on a small fixed set of orders. */
class FindOrdersTest {

    private final InMemoryCore memory = new InMemoryCore(MutableClock.atDefaultNow());
    private final Caller admin = memory.admin();

    private void store(TestOrders order) {
        memory.orders.save(order.version(0).build());
    }

    private static CallWindow on(String date, String start) {
        LocalTime from = LocalTime.parse(start);
        return new CallWindow(LocalDate.parse(date), from, from.plusHours(1));
    }

    @BeforeEach
    void seed() {
        store(anOrder().id(1).client("Ivan Petrov", "ivan@example.com").recipient("Maria Ivanova", "+79161234567")
                .callType(10, "Birthday").createdAt(Instant.parse("2026-11-01T09:00:00Z"))
                .window(on("2026-11-25", "10:00")).status(OrderStatus.UNPAID).price(Money.roubles(500)));
        store(anOrder().id(2).client("Pavel Ivanov", "pavel@example.org").recipient("Ivan Sidorov", "+74951234567")
                .callType(11, "Apology").createdAt(Instant.parse("2026-11-10T21:00:00Z"))
                .window(on("2026-11-24", "09:00")).status(OrderStatus.PAID));
        store(anOrder().id(3).client("ivana Smirnova", "IVANA@Mail.ru").recipient("Oleg", "+79169999999")
                .callType(10, "Birthday").createdAt(Instant.parse("2026-11-20T12:00:00Z"))
                .window(on("2026-12-01", "00:00")).status(OrderStatus.ERROR));
        store(anOrder().id(4).client("Anna", "anna@example.com").recipient("Boris", "+447183875000")
                .callType(12, "Prank").createdAt(Instant.parse("2026-11-22T21:00:00Z"))
                .window(on("2026-11-30", "20:00")).status(OrderStatus.CANCELLED));
    }

    private List<Long> ids(OrderListForms form) {
        return memory.core.findOrders().list(admin, form.query()).items().stream().map(s -> s.id().value()).toList();
    }

    @Test
    void no_filter_lists_everything_newest_first() {
        assertThat(ids(filters())).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void by_id() {
        assertThat(ids(filters().id("3"))).containsExactly(3L);
        assertThat(ids(filters().id("99"))).isEmpty();
    }

    @Test
    void by_client_email_prefix_ignoring_case() {
        assertThat(ids(filters().clientEmail("IVAN"))).containsExactly(3L, 1L);
        assertThat(ids(filters().clientEmail("ivan@"))).containsExactly(1L);
        assertThat(ids(filters().clientEmail("example.com"))).as("a prefix, not a substring").isEmpty();
    }

    @Test
    void by_client_name_prefix_ignoring_case() {
        assertThat(ids(filters().clientName("iva"))).containsExactly(3L, 1L);
        assertThat(ids(filters().clientName("Ivanov"))).isEmpty();
        assertThat(ids(filters().clientName("PAVEL I"))).containsExactly(2L);
    }

    @Test
    void by_recipient_name_prefix_ignoring_case() {
        assertThat(ids(filters().recipientName("ivan"))).containsExactly(2L);
        assertThat(ids(filters().recipientName("MARIA"))).containsExactly(1L);
    }

    @Test
    void by_call_type() {
        assertThat(ids(filters().callTypeId("10"))).containsExactly(3L, 1L);
        assertThat(ids(filters().callTypeId("13"))).isEmpty();
    }

    @Test
    void by_recipient_phone_prefix() {
        assertThat(ids(filters().recipientPhone("+7916"))).containsExactly(3L, 1L);
        assertThat(ids(filters().recipientPhone("7 495"))).containsExactly(2L);
        assertThat(ids(filters().recipientPhone("+44"))).containsExactly(4L);
        assertThat(ids(filters().recipientPhone("916"))).as("the start of the E.164 number").isEmpty();
    }

    @Test
    void created_range_includes_from_and_excludes_to() {
        assertThat(ids(filters().created("2026-11-10T21:00:00Z", "2026-11-22T21:00:00Z"))).containsExactly(3L, 2L);
        assertThat(ids(filters().created("2026-11-10T21:00:00.000001Z", null))).containsExactly(4L, 3L);
        assertThat(ids(filters().created(null, "2026-11-01T09:00:00.000001Z"))).containsExactly(1L);
    }

    @Test
    void created_dates_are_moscow_days() {
        // Order 2 was created at 00:00 Moscow on the 11th, order 4 at 00:00 Moscow on the 23rd.
        assertThat(ids(filters().created("2026-11-11", "2026-11-23"))).containsExactly(3L, 2L);
        assertThat(ids(filters().created("2026-11-23", null))).containsExactly(4L);
    }

    @Test
    void scheduled_range_uses_the_window_start_including_from_excluding_to() {
        assertThat(ids(filters().scheduled("2026-11-24T06:00:00Z", "2026-11-25T07:00:00Z"))).containsExactly(2L);
        assertThat(ids(filters().scheduled("2026-11-25", "2026-12-01"))).containsExactly(4L, 1L);
        assertThat(ids(filters().scheduled("2026-12-01", null))).containsExactly(3L);
    }

    @Test
    void by_statuses() {
        assertThat(ids(filters().statuses("PAID,error"))).containsExactly(3L, 2L);
        assertThat(ids(filters().statuses("cancelled", "unpaid"))).containsExactly(4L, 1L);
        assertThat(ids(filters().statuses("COMPLETED"))).isEmpty();
    }

    @Test
    void filters_combine() {
        assertThat(ids(filters().clientEmail("ivan").callTypeId("10").statuses("UNPAID"))).containsExactly(1L);
        assertThat(ids(filters().clientName("ivan").recipientPhone("+7495"))).isEmpty();
    }

    @Test
    void each_sort() {
        assertThat(ids(filters().sort("created_desc"))).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(filters().sort("created_asc"))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids(filters().sort("scheduled_asc"))).containsExactly(2L, 1L, 4L, 3L);
        assertThat(ids(filters().sort("scheduled_desc"))).containsExactly(3L, 4L, 1L, 2L);
    }

    @Test
    void a_summary_shows_the_list_columns() {
        OrderSummary first = memory.core.findOrders().list(admin, filters().id("1").query()).items().get(0);

        assertThat(first.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(first.clientName()).isEqualTo("Ivan Petrov");
        assertThat(first.clientEmail().value()).isEqualTo("ivan@example.com");
        assertThat(first.recipientName()).isEqualTo("Maria Ivanova");
        assertThat(first.recipientPhone().e164()).isEqualTo("+79161234567");
        assertThat(first.callType().name()).isEqualTo("Birthday");
        assertThat(first.window()).isEqualTo(on("2026-11-25", "10:00"));
        assertThat(first.total()).isEqualTo(Money.roubles(500));
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
    }

    @Test
    void a_page_that_holds_everything_has_no_cursor() {
        OrderPage page = memory.core.findOrders().list(admin, filters().limit(4).query());

        assertThat(page.items()).hasSize(4);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void a_smaller_page_has_a_cursor_to_the_rest() {
        OrderPage first = memory.core.findOrders().list(admin, filters().limit(3).query());
        OrderPage rest = memory.core.findOrders().list(admin, filters().limit(3).cursor(first.nextCursor().orElseThrow()).query());

        assertThat(first.items()).extracting(s -> s.id().value()).containsExactly(4L, 3L, 2L);
        assertThat(rest.items()).extracting(s -> s.id().value()).containsExactly(1L);
        assertThat(rest.nextCursor()).isEmpty();
    }

    @Test
    void getting_one_order() {
        assertThat(memory.core.findOrders().get(admin, new OrderId(2)).status()).isEqualTo(OrderStatus.PAID);
        assertThatThrownBy(() -> memory.core.findOrders().get(admin, new OrderId(77)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_FOUND");
                    assertThat(e.getMessage()).contains("77");
                });
    }

    @Test
    void the_default_query_is_the_first_page_of_everything() {
        assertThat(memory.core.findOrders().list(admin, OrderListQuery.all()).items()).hasSize(4);
    }
}
