package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repeat-order coupon: granted to a client on their 2nd, 4th, 6th ... paid order with the
 * administrator's percent (default 10), e-mailed to them, theirs alone. Orders get paid here by FULL
 * coupons, the one way to pay in the core so far, at placement or applied later.
 */
class RepeatOrderCouponTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private Caller.SignedIn anna;
    private Caller.SignedIn boris;
    private long callTypeId;
    private Iterator<String> fullCodes;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        anna = memory.signedIn(Role.CLIENT, "anna@example.com");
        boris = memory.signedIn(Role.CLIENT, "boris@example.com");
        fullCodes = coupons.fullCodes(20).iterator();
    }

    private Order place(Caller who, String code) {
        return core.placeCallOrder().place(who, aForm(callTypeId).with("couponCode", code).build()).order();
    }

    private Order paid(Caller.SignedIn who) {
        return place(who, fullCodes.next());
    }

    private Order paidLater(Caller.SignedIn who) {
        Order unpaid = place(who, null);
        return core.clientCoupons().apply(who, unpaid.id(), fullCodes.next());
    }

    private List<Coupon> repeatCoupons(Caller.SignedIn who) {
        return core.clientCoupons().held(who).stream().map(HeldCoupon::coupon).filter(c -> c.kind() == CouponKind.REPEAT_ORDER).toList();
    }

    private List<OutboxMessage> granted() {
        return memory.outbox.all().stream().filter(m -> m.notification().type() == NotificationType.COUPON_GRANTED).toList();
    }

    @Test
    void the_2nd_4th_and_6th_paid_orders_earn_a_coupon_the_others_do_not() {
        List<Integer> heldAfterEach = new ArrayList<>();
        List<OrderId> paidOrders = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            Order order = n % 3 == 0 ? paidLater(anna) : paid(anna);
            paidOrders.add(order.id());
            heldAfterEach.add(repeatCoupons(anna).size());
        }

        assertThat(heldAfterEach).containsExactly(0, 1, 1, 2, 2, 3, 3);
        assertThat(repeatCoupons(anna)).as("newest first").extracting(c -> c.grantedFor().orElseThrow())
                .containsExactly(paidOrders.get(5), paidOrders.get(3), paidOrders.get(1));
        assertThat(repeatCoupons(anna)).allSatisfy(c -> {
            assertThat(c.percent()).isEqualTo(10);
            assertThat(c.holder()).contains(anna.id());
            assertThat(c.expiresAt()).isEmpty();
            assertThat(c.group()).isEmpty();
            assertThat(c.used()).isFalse();
            assertThat(c.code().value()).hasSize(12);
        });
    }

    @Test
    void unpaid_orders_do_not_count() {
        place(anna, null);
        place(anna, null);
        paid(anna);
        place(anna, coupons.percent(50));
        assertThat(repeatCoupons(anna)).isEmpty();

        paid(anna);

        assertThat(repeatCoupons(anna)).hasSize(1);
    }

    @Test
    void each_client_counts_their_own_paid_orders_only() {
        paid(anna);
        paid(boris);
        assertThat(repeatCoupons(anna)).isEmpty();
        assertThat(repeatCoupons(boris)).isEmpty();

        Order annasSecond = paid(anna);
        assertThat(repeatCoupons(anna)).singleElement().satisfies(c -> assertThat(c.grantedFor()).contains(annasSecond.id()));
        assertThat(repeatCoupons(boris)).isEmpty();

        Order borisSecond = paid(boris);
        assertThat(repeatCoupons(boris)).singleElement().satisfies(c -> assertThat(c.grantedFor()).contains(borisSecond.id()));
        assertThat(repeatCoupons(anna)).hasSize(1);
    }

    @Test
    void the_client_is_emailed_the_coupon() {
        paid(anna);
        assertThat(granted()).isEmpty();

        paid(anna);

        Coupon coupon = repeatCoupons(anna).get(0);
        assertThat(granted()).singleElement().satisfies(m -> {
            assertThat(m.notification().recipient().value()).isEqualTo("anna@example.com");
            assertThat(m.notification().params()).containsEntry("code", coupon.code().value())
                    .containsEntry("percent", "10").containsEntry("kind", "REPEAT_ORDER").doesNotContainKey("expiresOn");
        });
    }

    @Test
    void the_percent_is_the_administrators_setting_at_the_time_it_is_earned() {
        assertThat(core.manageCoupons().repeatOrderPercent(admin)).isEqualTo(10);
        paid(anna);
        paid(anna);

        core.manageCoupons().setRepeatOrderPercent(admin, 25);
        paid(anna);
        paid(anna);

        assertThat(core.manageCoupons().repeatOrderPercent(admin)).isEqualTo(25);
        assertThat(repeatCoupons(anna)).extracting(Coupon::percent).containsExactly(25, 10);
        assertThat(granted()).extracting(m -> m.notification().params().get("percent")).containsExactly("10", "25");
    }

    @Test
    void the_holder_uses_it_once_on_an_order_of_theirs() {
        paid(anna);
        paid(anna);
        String code = repeatCoupons(anna).get(0).code().value();
        Order unpaid = place(anna, null);

        Order discounted = core.clientCoupons().apply(anna, unpaid.id(), code);

        assertThat(discounted.price().discount()).isEqualTo(Money.roubles(50));
        assertThat(discounted.price().total()).isEqualTo(Money.roubles(450));
        assertThat(discounted.price().coupon().orElseThrow().kind()).isEqualTo(CouponKind.REPEAT_ORDER);
        assertThatThrownBy(() -> place(anna, code)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("code").containsExactly("COUPON_ALREADY_USED"));
    }

    @Test
    void nobody_else_may_use_it() {
        paid(anna);
        paid(anna);
        String code = repeatCoupons(anna).get(0).code().value();
        Order borisOrder = place(boris, null);

        assertThatThrownBy(() -> core.clientCoupons().apply(boris, borisOrder.id(), code))
                .isInstanceOfSatisfying(CouponRefusedException.class, e -> assertThat(e.code()).isEqualTo("COUPON_NOT_YOURS"));
        assertThatThrownBy(() -> place(boris, code)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field", "code").containsExactly(tuple("couponCode", "COUPON_NOT_YOURS")));
        assertThat(repeatCoupons(anna).get(0).used()).isFalse();
        assertThat(core.clientCoupons().held(boris)).isEmpty();
    }

    @Test
    void an_order_paid_with_the_repeat_coupon_itself_cannot_be_fully_paid_by_it_but_still_counts_once_paid() {
        paid(anna);
        paid(anna);
        String repeat = repeatCoupons(anna).get(0).code().value();
        Order third = place(anna, repeat);
        assertThat(third.firstPaidAt()).as("a 10% coupon does not pay the order").isEmpty();

        paid(anna);

        assertThat(repeatCoupons(anna)).as("the 4th paid order, not the 4th placed").hasSize(1);
        paid(anna);
        assertThat(repeatCoupons(anna)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, -1, 101})
    void a_percent_outside_1_to_99_is_refused_and_the_setting_kept(int percent) {
        core.manageCoupons().setRepeatOrderPercent(admin, 30);

        assertThatThrownBy(() -> core.manageCoupons().setRepeatOrderPercent(admin, percent))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("percent", "OUT_OF_RANGE")));
        assertThat(core.manageCoupons().repeatOrderPercent(admin)).isEqualTo(30);
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("coupon.repeat-order.percent");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 99})
    void the_bounds_1_and_99_are_accepted_and_used(int percent) {
        core.manageCoupons().setRepeatOrderPercent(admin, percent);
        paid(anna);
        paid(anna);

        assertThat(repeatCoupons(anna)).singleElement().extracting(Coupon::percent).isEqualTo(percent);
    }
}
