package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of coupon end to end through the use cases, at placement and applied later, and the price
 * the order then shows. Catalog prices are whole roubles, so percent discounts come out in whole
 * kopecks here; the flooring of fractions of a kopeck is shown in the domain's OrderPriceTest.
 */
class CouponPricingTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private final TestCatalog catalog = new TestCatalog(core.manageCatalog(), admin);
    private Caller.SignedIn client;

    @BeforeEach
    void seed() {
        client = memory.signedIn(Role.CLIENT, "client@example.com");
    }

    private CallType priced(long roubles) {
        return catalog.callType(catalog.category("Category " + roubles), "Call at " + roubles, roubles);
    }

    private Order place(Caller who, CallType type, String code) {
        return core.placeCallOrder().place(who, aForm(type.id().value()).with("couponCode", code).build()).order();
    }

    /** A coupon of the kind for the client: a generated one, a super one, or a repeat-order one they earned. */
    private String couponOf(CouponKind kind, int percent) {
        return switch (kind) {
            case PERCENT -> coupons.percent(percent);
            case FULL -> coupons.full();
            case SUPER -> coupons.superCoupon(null, percent, null, null).code().value();
            case REPEAT_ORDER -> {
                core.manageCoupons().setRepeatOrderPercent(admin, percent);
                CallType cheap = priced(1);
                coupons.fullCodes(2).forEach(code -> place(client, cheap, code));
                List<HeldCoupon> held = core.clientCoupons().held(client);
                assertThat(held).singleElement().extracting(h -> h.coupon().kind()).isEqualTo(CouponKind.REPEAT_ORDER);
                yield held.get(0).coupon().code().value();
            }
        };
    }

    private void assertPrice(Order order, String code, CouponKind kind, int percent, long price, long discount, long total) {
        assertThat(order.price().price()).isEqualTo(Money.kopecks(price));
        assertThat(order.price().discount()).isEqualTo(Money.kopecks(discount));
        assertThat(order.price().total()).isEqualTo(Money.kopecks(total));
        assertThat(order.price().coupon()).contains(new AppliedCoupon(new CouponCode(code), kind, percent));
        assertThat(order.status()).isEqualTo(total == 0 ? OrderStatus.PAID : OrderStatus.UNPAID);
        assertThat(memory.orders.find(order.id()).orElseThrow().price()).as("as stored").isEqualTo(order.price());
    }

    @ParameterizedTest(name = "{0} {1}% on {2} roubles at placement: -{3} = {4} kopecks")
    @CsvSource({
            "PERCENT,      10,  333, 3330,  29970",
            "PERCENT,      7,   333, 2331,  30969",
            "PERCENT,      1,   1,   1,     99",
            "PERCENT,      99,  1,   99,    1",
            "PERCENT,      99,  999, 98901, 999",
            "SUPER,        33,  333, 10989, 22311",
            "SUPER,        1,   1,   1,     99",
            "REPEAT_ORDER, 10,  333, 3330,  29970",
            "REPEAT_ORDER, 7,   333, 2331,  30969",
            "FULL,         100, 333, 33300, 0",
            "FULL,         100, 1,   100,   0"})
    void a_coupon_typed_on_the_form_prices_the_placed_order(CouponKind kind, int percent, long roubles, long discount,
                                                            long total) {
        String code = couponOf(kind, percent);
        CallType type = priced(roubles);

        Order order = place(client, type, code.toLowerCase());

        assertPrice(order, code, kind, percent, roubles * 100, discount, total);
        OutboxMessage placed = memory.outbox.all().stream()
                .filter(m -> m.notification().type() == NotificationType.ORDER_PLACED
                        && m.notification().params().get("orderId").equals(order.id().toString()))
                .findFirst().orElseThrow();
        assertThat(placed.notification().params()).as("the client is told the total to pay")
                .containsEntry("total", Money.kopecks(total).toDecimal().toPlainString());
    }

    @ParameterizedTest(name = "{0} {1}% on {2} roubles applied later: -{3} = {4} kopecks")
    @CsvSource({
            "PERCENT,      4,   500, 2000,  48000",
            "PERCENT,      33,  333, 10989, 22311",
            "SUPER,        20,  333, 6660,  26640",
            "REPEAT_ORDER, 15,  777, 11655, 66045",
            "FULL,         100, 500, 50000, 0"})
    void a_coupon_applied_to_an_unpaid_order_prices_it(CouponKind kind, int percent, long roubles, long discount, long total) {
        String code = couponOf(kind, percent);
        Order unpaid = place(client, priced(roubles), null);
        assertThat(unpaid.price().coupon()).isEmpty();
        assertThat(unpaid.price().total()).isEqualTo(Money.roubles(roubles));

        Order order = core.clientCoupons().apply(client, unpaid.id(), " " + code.substring(0, 4) + "-" + code.substring(4) + " ");

        assertPrice(order, code, kind, percent, roubles * 100, discount, total);
        assertThat(order.price().price()).as("the price snapshot itself never changes").isEqualTo(unpaid.price().price());
    }

    @Test
    void the_price_stays_the_snapshot_taken_at_placement_when_the_catalog_price_changes_later() {
        CallType type = priced(333);
        Order unpaid = place(client, type, null);
        core.manageCatalog().updateCallType(admin, type.id(), new io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm(
                type.categoryId().value(), type.name(), 900L, null, null, List.of(), null));
        String code = coupons.percent(10);

        Order order = core.clientCoupons().apply(client, unpaid.id(), code);

        assertPrice(order, code, CouponKind.PERCENT, 10, 33300, 3330, 29970);
    }

    @Test
    void an_order_without_a_coupon_shows_no_discount() {
        Order order = place(client, priced(333), null);

        assertThat(order.price().discount()).isEqualTo(Money.kopecks(0));
        assertThat(order.price().total()).isEqualTo(Money.roubles(333));
        assertThat(order.price().coupon()).isEmpty();
    }
}
