package io.ordercore.domain.order;

import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.coupon.CouponRefusal;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.workflow.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Applying a coupon to an order: Unpaid only, one per order, recorded in the history; 100% pays it. */
class OrderCouponTest {

    private static final Actor CLIENT = Actor.client("ivan@example.com");
    private static final AppliedCoupon TEN = new AppliedCoupon(new CouponCode("TENOFF"), CouponKind.PERCENT, 10);
    private static final AppliedCoupon FULL = new AppliedCoupon(new CouponCode("ALLFREE"), CouponKind.FULL, 100);

    private final MutableClock clock = MutableClock.atDefaultNow();

    private Order placed(Money price) {
        return Order.place(new OrderId(7), new AccountId(100), Optional.of(new PointId(1)), anOrder().details(),
                OrderPrice.undiscounted(price), CLIENT, clock);
    }

    @Test
    void an_unpaid_order_without_a_coupon_may_take_one() {
        assertThat(placed(Money.roubles(500)).couponRefusal()).isEmpty();
        assertThat(anOrder().build().couponRefusal()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "UNPAID", mode = EnumSource.Mode.EXCLUDE)
    void every_other_status_is_refused_with_order_not_unpaid_and_nothing_changes(OrderStatus status) {
        Order order = anOrder().status(status).build();
        OrderSnapshot before = order.snapshot();

        assertThat(order.couponRefusal()).contains(CouponRefusal.ORDER_NOT_UNPAID);
        for (AppliedCoupon coupon : List.of(TEN, FULL)) {
            assertThatThrownBy(() -> order.applyCoupon(coupon, CLIENT, clock))
                    .isInstanceOfSatisfying(CouponRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(CouponRefusal.ORDER_NOT_UNPAID);
                        assertThat(e.code()).isEqualTo("ORDER_NOT_UNPAID");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED);
                    });
        }
        assertThat(order.snapshot()).isEqualTo(before);
        assertThat(order.unsavedHistory()).isEmpty();
    }

    @Test
    void an_order_that_went_back_to_unpaid_after_a_fault_may_take_a_coupon() {
        Order order = anOrder().status(OrderStatus.ERROR).build();
        order.changeStatus(OrderStatus.UNPAID, Actor.admin("root"), "requeue", clock);

        order.applyCoupon(TEN, CLIENT, clock);

        assertThat(order.price().coupon()).contains(TEN);
    }

    @Test
    void a_second_coupon_is_refused_and_the_first_stays() {
        Order order = placed(Money.roubles(500));
        order.applyCoupon(TEN, CLIENT, clock);
        OrderSnapshot before = order.snapshot();

        assertThat(order.couponRefusal()).contains(CouponRefusal.ORDER_HAS_COUPON);
        assertThatThrownBy(() -> order.applyCoupon(FULL, CLIENT, clock))
                .isInstanceOfSatisfying(CouponRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CouponRefusal.ORDER_HAS_COUPON));
        assertThatThrownBy(() -> order.applyCoupon(TEN, CLIENT, clock))
                .as("not even the same one again").isInstanceOf(CouponRefusedException.class);
        assertThat(order.snapshot()).isEqualTo(before);
        assertThat(order.price().coupon()).contains(TEN);
        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void applying_writes_a_price_entry_naming_the_coupon_and_the_discount() {
        Order order = placed(Money.kopecks(33_333));
        clock.advance(Duration.ofMinutes(5));

        List<OrderHistoryEntry> written = order.applyCoupon(TEN, CLIENT, clock);

        assertThat(written).singleElement().satisfies(entry -> {
            assertThat(entry.seq()).isEqualTo(2);
            assertThat(entry.kind()).isEqualTo(OrderHistoryEntry.Kind.PRICE);
            assertThat(entry.from()).contains(OrderStatus.UNPAID);
            assertThat(entry.to()).isEqualTo(OrderStatus.UNPAID);
            assertThat(entry.actor()).isEqualTo(CLIENT);
            assertThat(entry.at()).isEqualTo(clock.instant());
            assertThat(entry.reason()).contains("coupon TENOFF (PERCENT, 10%): -33.33 RUB");
        });
        assertThat(order.history()).endsWith(written.get(0));
        assertThat(order.unsavedHistory()).containsExactlyElementsOf(order.history());
        assertThat(order.updatedAt()).isEqualTo(clock.instant());
        assertThat(order.price()).isEqualTo(OrderPrice.withCoupon(Money.kopecks(33_333), TEN));
        assertThat(order.price().total()).isEqualTo(Money.kopecks(30_000));
    }

    @ParameterizedTest
    @EnumSource(value = CouponKind.class, names = "FULL", mode = EnumSource.Mode.EXCLUDE)
    void a_partial_coupon_leaves_the_order_unpaid(CouponKind kind) {
        Order order = anOrder().build();
        AppliedCoupon coupon = new AppliedCoupon(new CouponCode("PARTIAL99"), kind, 99);

        List<OrderHistoryEntry> written = order.applyCoupon(coupon, CLIENT, clock);

        assertThat(written).extracting(OrderHistoryEntry::kind).containsExactly(OrderHistoryEntry.Kind.PRICE);
        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(order.firstPaidAt()).isEmpty();
        assertThat(order.price().total()).isEqualTo(Money.roubles(5));
        assertThat(order.couponRefusal()).contains(CouponRefusal.ORDER_HAS_COUPON);
    }

    @Test
    void ninety_nine_percent_of_one_kopeck_leaves_the_kopeck_to_pay() {
        Order order = placed(Money.kopecks(1));

        order.applyCoupon(new AppliedCoupon(new CouponCode("ALMOST99"), CouponKind.PERCENT, 99), CLIENT, clock);

        assertThat(order.price().discount()).isEqualTo(Money.kopecks(0));
        assertThat(order.price().total()).isEqualTo(Money.kopecks(1));
        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void a_full_coupon_pays_the_order_the_system_moves_it_to_paid() {
        clock.set(Instant.parse("2026-11-23T06:00:00.123456789Z"));
        Order order = placed(Money.roubles(500));
        clock.advance(Duration.ofSeconds(30));

        List<OrderHistoryEntry> written = order.applyCoupon(FULL, CLIENT, clock);

        Instant now = Instant.parse("2026-11-23T06:00:30.123456Z");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.firstPaidAt()).contains(now);
        assertThat(order.price().total()).isEqualTo(Money.kopecks(0));
        assertThat(order.price().discount()).isEqualTo(Money.roubles(500));
        assertThat(written).hasSize(2);
        assertThat(written.get(0).kind()).isEqualTo(OrderHistoryEntry.Kind.PRICE);
        assertThat(written.get(0).actor()).isEqualTo(CLIENT);
        assertThat(written.get(0).reason()).contains("coupon ALLFREE (FULL, 100%): -500.00 RUB");
        assertThat(written.get(1)).satisfies(move -> {
            assertThat(move.seq()).isEqualTo(3);
            assertThat(move.kind()).isEqualTo(OrderHistoryEntry.Kind.STATUS);
            assertThat(move.from()).contains(OrderStatus.UNPAID);
            assertThat(move.to()).isEqualTo(OrderStatus.PAID);
            assertThat(move.actor()).isEqualTo(Actor.system("coupon"));
            assertThat(move.reason()).contains("paid in full by coupon ALLFREE");
            assertThat(move.at()).isEqualTo(now);
        });
        assertThat(order.history()).extracting(OrderHistoryEntry::seq).containsExactly(1, 2, 3);
        assertThat(order.couponRefusal()).contains(CouponRefusal.ORDER_NOT_UNPAID);
    }

    @Test
    void an_order_paid_by_coupon_then_moves_on_like_any_paid_order() {
        Order order = placed(Money.roubles(500));
        order.applyCoupon(FULL, CLIENT, clock);
        Instant paidAt = order.firstPaidAt().orElseThrow();
        clock.advance(Duration.ofHours(1));

        order.changeStatus(OrderStatus.ERROR, Actor.system("dispatch"), "fault", clock);
        order.changeStatus(OrderStatus.PAID, Actor.admin("root"), "back to the queue", clock);

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.firstPaidAt()).as("the first payment is not moved by later returns to PAID").contains(paidAt);
    }
}
