package io.ordercore.domain.order;

import io.ordercore.domain.shared.OrderId;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.point.PointId;

import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderTest {

    private static final Actor CLIENT = Actor.client("ivan@example.com");
    private static final Actor ADMIN = Actor.admin("root");

    private final MutableClock clock = MutableClock.atDefaultNow();

    private static CallWindow window(String date, String start, String end) {
        return new CallWindow(LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end));
    }

    private Order placed() {
        return Order.place(new OrderId(7), new AccountId(100), Optional.of(new PointId(1)), anOrder().details(), OrderPrice.undiscounted(Money.roubles(500)), CLIENT, clock);
    }

    @Test
    void a_placed_order_starts_unpaid_with_one_history_entry_without_a_from() {
        Order order = placed();

        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(order.isNew()).isTrue();
        assertThat(order.version()).isZero();
        assertThat(order.createdAt()).isEqualTo(clock.instant());
        assertThat(order.updatedAt()).isEqualTo(clock.instant());
        assertThat(order.price().total()).isEqualTo(Money.roubles(500));
        assertThat(order.history()).singleElement().satisfies(entry -> {
            assertThat(entry.seq()).isEqualTo(1);
            assertThat(entry.kind()).isEqualTo(OrderHistoryEntry.Kind.STATUS);
            assertThat(entry.from()).isEmpty();
            assertThat(entry.to()).isEqualTo(OrderStatus.UNPAID);
            assertThat(entry.actor()).isEqualTo(CLIENT);
            assertThat(entry.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void placing_refuses_a_window_that_cannot_be_booked() {
        CallOrderDetails details = anOrder().window(window("2026-11-22", "10:00", "11:00")).details();

        assertThatThrownBy(() -> Order.place(new OrderId(1), new AccountId(100), Optional.empty(), details, OrderPrice.undiscounted(Money.roubles(1)), CLIENT, clock))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("field", "code").containsExactly(
                                org.assertj.core.groups.Tuple.tuple("callDate", "DATE_IN_PAST")));
    }

    @Test
    void a_new_order_has_all_its_history_unsaved() {
        Order order = placed();
        order.changeStatus(OrderStatus.CANCELLED, ADMIN, "test", clock);

        assertThat(order.unsavedHistory()).hasSize(2).isEqualTo(order.history());
    }

    @Test
    void a_rehydrated_order_has_no_unsaved_history_until_it_changes() {
        Order stored = anOrder().status(OrderStatus.PAID).build();
        int loaded = stored.history().size();
        assertThat(stored.unsavedHistory()).isEmpty();

        OrderHistoryEntry failed = stored.changeStatus(OrderStatus.FAILED, Actor.system("scheduler"), "window over", clock);

        assertThat(stored.unsavedHistory()).containsExactly(failed);
        assertThat(failed.seq()).isEqualTo(loaded + 1);
        assertThat(stored.history()).hasSize(loaded + 1);
    }

    @Test
    void a_snapshot_rehydrates_to_an_equal_order() {
        Order order = placed();
        order.reschedule(window("2026-11-26", "15:00", "16:00"), ADMIN, "asked", clock);

        Order copy = Order.rehydrate(order.snapshot());

        assertThat(copy.snapshot()).isEqualTo(order.snapshot());
        assertThat(copy.unsavedHistory()).isEmpty();
    }

    @Test
    void history_is_a_copy_that_callers_cannot_change() {
        Order order = placed();

        assertThatThrownBy(() -> order.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(order.history()).hasSize(1);
    }

    @Test
    void every_recorded_time_is_truncated_to_microseconds() {
        clock.set(Instant.parse("2026-11-23T06:00:00.123456789Z"));
        Instant micros = Instant.parse("2026-11-23T06:00:00.123456Z");

        Order order = placed();
        assertThat(order.createdAt()).isEqualTo(micros);
        assertThat(order.history().get(0).at()).isEqualTo(micros);

        clock.set(Instant.parse("2026-11-23T06:05:00.000000999Z"));
        OrderHistoryEntry moved = order.reschedule(window("2026-11-26", "10:00", "11:00"), ADMIN, null, clock);
        assertThat(moved.at()).isEqualTo(Instant.parse("2026-11-23T06:05:00Z"));
        assertThat(order.updatedAt()).isEqualTo(moved.at());
    }

    @Test
    void rescheduling_moves_the_window_and_records_a_window_entry() {
        Order order = anOrder().status(OrderStatus.PAID).build();
        CallWindow old = order.details().window();
        CallWindow later = window("2026-11-27", "18:30", "19:00");
        clock.advance(java.time.Duration.ofMinutes(5));

        OrderHistoryEntry entry = order.reschedule(later, ADMIN, " client asked ", clock);

        assertThat(order.details().window()).isEqualTo(later);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(entry.kind()).isEqualTo(OrderHistoryEntry.Kind.WINDOW);
        assertThat(entry.from()).contains(OrderStatus.PAID);
        assertThat(entry.to()).isEqualTo(OrderStatus.PAID);
        assertThat(entry.actor()).isEqualTo(ADMIN);
        assertThat(entry.at()).isEqualTo(clock.instant());
        assertThat(entry.reason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains(old.toString()).contains(later.toString()).endsWith(": client asked"));
        assertThat(order.unsavedHistory()).containsExactly(entry);
    }

    @Test
    void rescheduling_keeps_everything_but_the_window() {
        Order order = anOrder().status(OrderStatus.UNPAID).build();
        CallOrderDetails before = order.details();

        order.reschedule(window("2026-11-24", "10:00", "11:00"), ADMIN, null, clock);

        assertThat(order.details()).isEqualTo(before.withWindow(window("2026-11-24", "10:00", "11:00")));
        assertThat(order.price()).isEqualTo(OrderPrice.undiscounted(Money.roubles(500)));
    }

    @Test
    void only_administrators_reschedule() {
        Order order = anOrder().build();

        assertThatThrownBy(() -> order.reschedule(window("2026-11-26", "10:00", "11:00"), CLIENT, null, clock))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.code()).isEqualTo("NOT_PERMITTED"));
        assertThatThrownBy(() -> order.reschedule(window("2026-11-26", "10:00", "11:00"), Actor.system("x"), null, clock))
                .isInstanceOf(NotPermittedException.class);
        assertThat(order.history()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "FAILED", "CANCELLED"})
    void a_final_order_cannot_be_rescheduled(OrderStatus status) {
        Order order = anOrder().status(status).build();
        CallWindow before = order.details().window();

        assertThatThrownBy(() -> order.reschedule(window("2026-11-26", "10:00", "11:00"), ADMIN, null, clock))
                .isInstanceOfSatisfying(OrderFinalException.class, e -> {
                    assertThat(e.code()).isEqualTo("ORDER_FINAL");
                    assertThat(e.getMessage()).contains(status.name());
                });
        assertThat(order.details().window()).isEqualTo(before);
        assertThat(order.unsavedHistory()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "FAILED", "CANCELLED"}, mode = EnumSource.Mode.EXCLUDE)
    void an_order_that_is_not_final_can_be_rescheduled(OrderStatus status) {
        Order order = anOrder().status(status).build();

        order.reschedule(window("2026-11-26", "10:00", "11:00"), ADMIN, null, clock);

        assertThat(order.details().window()).isEqualTo(window("2026-11-26", "10:00", "11:00"));
    }

    @Test
    void rescheduling_refuses_a_window_in_the_past() {
        Order order = anOrder().build();
        CallWindow before = order.details().window();

        // 09:00 Moscow now: a window today that ended at 09:00 is over.
        assertThatThrownBy(() -> order.reschedule(window("2026-11-23", "08:00", "09:00"), ADMIN, null, clock))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("code").containsExactly("WINDOW_PASSED"));
        assertThatThrownBy(() -> order.reschedule(window("2026-11-20", "10:00", "11:00"), ADMIN, null, clock))
                .isInstanceOf(ValidationException.class);
        assertThat(order.details().window()).isEqualTo(before);
        assertThat(order.history()).hasSize(1);
    }

    @Test
    void an_errored_order_that_was_paid_goes_back_to_paid_only() {
        Order order = anOrder().wasOnceIn(OrderStatus.PAID).status(OrderStatus.ERROR).build();

        assertThatThrownBy(() -> order.changeStatus(OrderStatus.UNPAID, ADMIN, null, clock))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot move to UNPAID")
                .hasMessageContaining("goes back to PAID");
        order.changeStatus(OrderStatus.PAID, ADMIN, "requeue", clock);

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void an_errored_order_that_was_never_paid_goes_back_to_unpaid_only() {
        Order order = anOrder().status(OrderStatus.ERROR).build();

        assertThatThrownBy(() -> order.changeStatus(OrderStatus.PAID, ADMIN, null, clock))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot move to PAID")
                .hasMessageContaining("goes back to UNPAID");
        order.changeStatus(OrderStatus.UNPAID, ADMIN, "requeue", clock);

        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void history_entries_are_numbered_without_gaps() {
        Order order = placed();
        order.reschedule(window("2026-11-26", "10:00", "11:00"), ADMIN, null, clock);
        order.changeStatus(OrderStatus.ERROR, Actor.system("x"), null, clock);
        order.changeStatus(OrderStatus.UNPAID, ADMIN, null, clock);

        assertThat(order.history()).extracting(OrderHistoryEntry::seq).containsExactly(1, 2, 3, 4);
    }

    @Test
    void order_price_total_is_price_minus_discount_and_never_negative() {
        AppliedCoupon quarter = new AppliedCoupon(new CouponCode("QUARTER25"), CouponKind.PERCENT, 25);
        OrderPrice price = OrderPrice.withCoupon(Money.roubles(500), quarter);

        assertThat(price.discount()).isEqualTo(Money.roubles(125));
        assertThat(price.total()).isEqualTo(Money.roubles(375));
        assertThat(OrderPrice.withCoupon(Money.roubles(500), new AppliedCoupon(new CouponCode("ALLFREE1"), CouponKind.FULL, 100))
                .total().isZero()).isTrue();
        assertThatThrownBy(() -> new OrderPrice(Money.roubles(500), Money.kopecks(50001), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderPrice(Money.roubles(500), Money.roubles(100), Optional.of(quarter)))
                .as("the discount must be what the coupon gives").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderPrice(Money.roubles(500), Money.roubles(1), Optional.empty()))
                .as("no discount without a coupon").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(-1), Money.kopecks(0), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OrderPrice.undiscounted(Money.roubles(3)).discount()).isEqualTo(Money.kopecks(0));
    }

    @Test
    void wishes_are_limited_to_600_code_points() {
        String emoji = "\uD83D\uDE00";
        CallOrderDetails ok = anOrder().details();

        CallOrderDetails atLimit = new CallOrderDetails(ok.client(), ok.recipient(), ok.callType(), ok.window(),
                ok.preferredGender(), Optional.of(emoji.repeat(600)), false, ok.consentedAt());
        assertThat(atLimit.wishes()).isPresent();
        assertThatThrownBy(() -> new CallOrderDetails(ok.client(), ok.recipient(), ok.callType(), ok.window(),
                ok.preferredGender(), Optional.of("x".repeat(601)), false, ok.consentedAt()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ids_are_positive() {
        assertThatThrownBy(() -> new OrderId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderId(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OrderId(1042)).hasToString("1042");
    }
}
