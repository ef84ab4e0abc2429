package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Activation is immediate and final: a coupon applied to an order that is never paid (or is
 * cancelled) stays used, and no other order, of that client or another, can use it.
 */
class SingleActivationTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private Caller.SignedIn client;
    private Caller.SignedIn other;
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        client = memory.signedIn(Role.CLIENT, "client@example.com");
        other = memory.signedIn(Role.CLIENT, "other@example.com");
    }

    private Order place(Caller who, String code) {
        return core.placeCallOrder().place(who, aForm(callTypeId).with("couponCode", code).build()).order();
    }

    private Coupon coupon(String code) {
        return memory.coupons.findByCode(new CouponCode(code)).orElseThrow();
    }

    private void assertAlreadyUsedEverywhere(String code) {
        Order mine = place(client, null);
        Order theirs = place(other, null);
        assertThatThrownBy(() -> core.clientCoupons().apply(client, mine.id(), code))
                .isInstanceOfSatisfying(CouponRefusedException.class, e -> assertThat(e.code()).isEqualTo("COUPON_ALREADY_USED"));
        assertThatThrownBy(() -> core.clientCoupons().apply(other, theirs.id(), code))
                .isInstanceOfSatisfying(CouponRefusedException.class, e -> assertThat(e.code()).isEqualTo("COUPON_ALREADY_USED"));
        assertThatThrownBy(() -> place(other, code)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("code").containsExactly("COUPON_ALREADY_USED"));
    }

    @ParameterizedTest(name = "activated {0}")
    @ValueSource(strings = {"at placement", "later"})
    void a_coupon_on_an_order_never_paid_stays_used(String when) {
        String code = coupons.percent(10);
        Order order = when.equals("later") ? core.clientCoupons().apply(client, place(client, null).id(), code) : place(client, code);
        clock.advance(Duration.ofDays(1)); // the call date (2026-11-25) must stay bookable

        assertThat(memory.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(coupon(code).usedBy()).contains(order.id());
        assertAlreadyUsedEverywhere(code);
        assertThat(coupon(code).usedBy()).as("still the first order's").contains(order.id());
    }

    @Test
    void cancelling_the_order_does_not_give_the_coupon_back() {
        String code = coupons.percent(10);
        Order order = place(client, code);

        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.CANCELLED, admin, "changed mind"));

        assertThat(coupon(code).usedBy()).contains(order.id());
        assertAlreadyUsedEverywhere(code);
    }

    @Test
    void a_used_full_coupon_and_a_used_repeat_order_coupon_are_spent_too() {
        String full = coupons.full();
        place(client, full);
        place(client, coupons.full());
        String repeat = core.clientCoupons().held(client).get(0).coupon().code().value();
        Order unpaid = place(client, null);
        core.clientCoupons().apply(client, unpaid.id(), repeat);

        assertAlreadyUsedEverywhere(full);
        Order another = place(client, null);
        assertThatThrownBy(() -> core.clientCoupons().apply(client, another.id(), repeat))
                .isInstanceOfSatisfying(CouponRefusedException.class, e -> assertThat(e.code()).isEqualTo("COUPON_ALREADY_USED"));
        assertThat(coupon(repeat).usedBy()).contains(unpaid.id());
    }

    @Test
    void the_admin_sees_the_coupon_used_by_the_unpaid_order_and_counted_in_its_group() {
        GeneratedGroup group = coupons.percentGroup(10, 3);
        String code = group.codes().get(1);
        Order order = place(client, code);

        assertThat(core.manageCoupons().list(admin, new CouponListForm(group.group().id().toString(), null, "true", null, null,
                null, null))).extracting(c -> c.code().value()).containsExactly(code);
        assertThat(core.manageCoupons().list(admin, new CouponListForm(null, null, null, null, "client@example.com", null,
                null))).extracting(Coupon::usedBy).containsExactly(java.util.Optional.of(order.id()));
        CouponGroupSummary summary = core.manageCoupons().groups(admin).get(0);
        assertThat(summary.used()).isEqualTo(1);
        assertThat(summary.unused()).isEqualTo(2);
    }

    @Test
    void a_refused_activation_never_claims_a_coupon() {
        String code = coupons.percent(10);
        Order withCoupon = place(client, coupons.percent(5));

        assertThatThrownBy(() -> core.clientCoupons().apply(client, withCoupon.id(), code))
                .isInstanceOf(CouponRefusedException.class);

        assertThat(coupon(code).used()).isFalse();
        Order fresh = place(other, code);
        assertThat(coupon(code).usedBy()).contains(fresh.id());
    }
}
