package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What follows a first payment, called directly: a payment reported twice (the same order handed
 * over twice) grants its repeat-order coupon once; orders not paid, or of nobody, grant nothing.
 */
class PaidOrdersTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final Notices notices = new Notices(memory.outbox, memory.accounts, clock);
    private final PaidOrders paidOrders = new PaidOrders(memory.orders, memory.accounts, memory.coupons, memory.settings,
            memory.ids, notices, new Dispatcher(memory.orders, memory.catalog, memory.operators, memory.dispatches,
                    memory.store, new DispatchSettings(memory.settings), notices, clock), clock);
    private Caller.SignedIn client;
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        client = memory.signedIn(Role.CLIENT, "client@example.com");
    }

    /** An order of the client, paid in full by a coupon and stored, without anything following the payment. */
    private Order storedPaidOrder() {
        TestOrders template = TestOrders.anOrder().owner(client.id().value());
        Order order = Order.place(memory.ids.nextOrderId(), client.id(), template.point(), template.details(),
                OrderPrice.undiscounted(Money.roubles(500)), Actor.client("client@example.com"), clock);
        order.applyCoupon(new AppliedCoupon(CouponCode.random(new java.util.SplittableRandom(order.id().value())),
                CouponKind.FULL, 100), Actor.client("client@example.com"), clock);
        return memory.orders.save(order);
    }

    private long grantedMails() {
        return memory.outbox.all().stream().filter(m -> m.notification().type() == NotificationType.COUPON_GRANTED).count();
    }

    @Test
    void the_second_paid_order_reported_twice_grants_one_coupon() {
        assertThat(paidOrders.onFirstPayment(storedPaidOrder())).isEmpty();
        Order second = storedPaidOrder();

        Optional<Coupon> first = paidOrders.onFirstPayment(second);
        Optional<Coupon> again = paidOrders.onFirstPayment(second);

        assertThat(first).hasValueSatisfying(c -> {
            assertThat(c.grantedFor()).contains(second.id());
            assertThat(c.holder()).contains(client.id());
        });
        assertThat(again).isEmpty();
        assertThat(memory.coupons.heldBy(client.id())).extracting(h -> h.coupon().id()).containsExactly(first.orElseThrow().id());
        assertThat(grantedMails()).isEqualTo(1);
    }

    @Test
    void an_orders_place_in_the_paid_sequence_is_fixed_by_when_it_was_paid_not_by_when_it_is_reported() {
        Order first = storedPaidOrder();
        Order second = storedPaidOrder();
        clock.advance(java.time.Duration.ofMinutes(1));
        Order third = storedPaidOrder();
        Order fourth = storedPaidOrder();

        assertThat(paidOrders.onFirstPayment(fourth)).hasValueSatisfying(c -> assertThat(c.grantedFor()).contains(fourth.id()));
        assertThat(paidOrders.onFirstPayment(third)).as("third, although reported after the fourth").isEmpty();
        assertThat(paidOrders.onFirstPayment(second)).hasValueSatisfying(c -> assertThat(c.grantedFor()).contains(second.id()));
        assertThat(paidOrders.onFirstPayment(first)).isEmpty();

        assertThat(memory.coupons.heldBy(client.id())).hasSize(2);
        assertThat(grantedMails()).isEqualTo(2);
    }

    @Test
    void a_payment_the_core_already_followed_up_grants_nothing_more_when_reported_again() {
        TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
        core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", coupons.full()).build());
        Order second = core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", coupons.full()).build()).order();
        assertThat(memory.coupons.heldBy(client.id())).hasSize(1);

        assertThat(paidOrders.onFirstPayment(second)).isEmpty();
        assertThat(paidOrders.onFirstPayment(memory.orders.find(second.id()).orElseThrow())).isEmpty();

        assertThat(memory.coupons.heldBy(client.id())).hasSize(1);
        assertThat(grantedMails()).isEqualTo(1);
    }

    @Test
    void an_unpaid_order_grants_nothing() {
        storedPaidOrder();
        Order unpaid = core.placeCallOrder().place(client, aForm(callTypeId).build()).order();

        assertThat(paidOrders.onFirstPayment(unpaid)).isEmpty();
        assertThat(memory.coupons.heldBy(client.id())).isEmpty();
    }

    @Test
    void an_order_of_nobody_grants_nothing() {
        Order ownerless = TestOrders.anOrder().noOwner().status(io.ordercore.domain.order.OrderStatus.PAID).build();

        assertThat(ownerless.firstPaidAt()).isPresent();
        assertThat(paidOrders.onFirstPayment(ownerless)).isEmpty();
        assertThat(grantedMails()).isZero();
    }

    @Test
    void the_percent_comes_from_the_setting_with_10_as_default() {
        assertThat(paidOrders.repeatPercent()).isEqualTo(10);
        core.manageCoupons().setRepeatOrderPercent(admin, 42);
        assertThat(paidOrders.repeatPercent()).isEqualTo(42);
        storedPaidOrder();

        assertThat(paidOrders.onFirstPayment(storedPaidOrder())).hasValueSatisfying(c -> assertThat(c.percent()).isEqualTo(42));
    }
}
