package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Super coupons: one code for many clients, each once; an optional total limit; an optional expiry. */
class SuperCouponTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
    }

    private Caller.SignedIn client(int n) {
        return memory.signedIn(Role.CLIENT, "client" + n + "@example.com");
    }

    private Order place(Caller who, String code) {
        return core.placeCallOrder().place(who, aForm(callTypeId).with("couponCode", code).build()).order();
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).satisfies(e -> assertThat(e instanceof CouponRefusedException r ? r.code()
                : ((ValidationException) e).errors().get(0).code()).isEqualTo(code));
    }

    @Test
    void a_custom_code_is_stored_as_typed_loosely_and_many_clients_use_it_once_each() {
        Coupon created = coupons.superCoupon(" spring-25 ", 20, null, null);
        assertThat(created.code()).isEqualTo(new CouponCode("SPRING25"));
        assertThat(created.kind()).isEqualTo(CouponKind.SUPER);
        assertThat(created.totalLimit()).isEmpty();
        assertThat(created.expiresAt()).isEmpty();

        List<Order> orders = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            Caller.SignedIn client = client(n);
            orders.add(n % 2 == 0 ? place(client, "Spring-25")
                    : core.clientCoupons().apply(client, place(client, null).id(), "spring25"));
        }

        assertThat(orders).allSatisfy(o -> {
            assertThat(o.price().discount()).isEqualTo(Money.roubles(100));
            assertThat(o.price().coupon().orElseThrow().code().value()).isEqualTo("SPRING25");
        });
        assertThat(memory.coupons.superUses(created.id())).isEqualTo(6);
        assertThat(memory.coupons.find(created.id()).orElseThrow().uses()).isEqualTo(6);
        Caller.SignedIn seventh = client(7);
        assertThat(place(seventh, "SPRING25").price().coupon()).as("never spent as a whole").isPresent();
    }

    @Test
    void the_same_client_is_refused_a_second_time_at_placement_and_later() {
        Coupon c = coupons.superCoupon("TWICE", 20, null, null);
        Caller.SignedIn client = client(1);
        place(client, "TWICE");
        Order unpaid = place(client, null);

        assertRefused(() -> core.clientCoupons().apply(client, unpaid.id(), "TWICE"), "COUPON_ALREADY_USED_BY_YOU");
        assertRefused(() -> place(client, "twice"), "COUPON_ALREADY_USED_BY_YOU");
        assertThat(memory.coupons.superUses(c.id())).isEqualTo(1);
        assertThat(memory.orders.find(unpaid.id()).orElseThrow().price().coupon()).isEmpty();
    }

    @Test
    void a_limited_coupon_serves_exactly_its_limit_and_refusals_do_not_count() {
        Coupon c = coupons.superCoupon("LIMIT3", 15, 3, null);
        Caller.SignedIn first = client(1);
        place(first, "LIMIT3");
        place(client(2), "LIMIT3");
        assertRefused(() -> place(first, "LIMIT3"), "COUPON_ALREADY_USED_BY_YOU");

        Order third = place(client(3), "LIMIT3");

        assertThat(third.price().coupon()).isPresent();
        assertThat(memory.coupons.superUses(c.id())).isEqualTo(3);
        Caller.SignedIn fourth = client(4);
        Order unpaid = place(fourth, null);
        assertRefused(() -> place(fourth, "LIMIT3"), "COUPON_LIMIT_REACHED");
        assertRefused(() -> core.clientCoupons().apply(fourth, unpaid.id(), "LIMIT3"), "COUPON_LIMIT_REACHED");
        assertRefused(() -> place(first, "LIMIT3"), "COUPON_ALREADY_USED_BY_YOU");
        assertThat(memory.coupons.superUses(c.id())).isEqualTo(3);
    }

    @Test
    void a_limit_of_one_serves_one_client() {
        coupons.superCoupon("ONLYONE", 5, 1, null);
        place(client(1), "ONLYONE");

        assertRefused(() -> place(client(2), "ONLYONE"), "COUPON_LIMIT_REACHED");
    }

    @Test
    void it_expires_when_its_last_day_ends_in_moscow() {
        Coupon c = coupons.superCoupon("UNTILMONDAY", 10, null, "2026-11-23");
        assertThat(c.expiresAt()).contains(Instant.parse("2026-11-23T21:00:00Z"));

        clock.set(Instant.parse("2026-11-23T20:59:59.999999Z"));
        place(client(1), "UNTILMONDAY");
        clock.set(Instant.parse("2026-11-23T21:00:00Z"));

        assertRefused(() -> place(client(2), "UNTILMONDAY"), "COUPON_EXPIRED");
        assertThat(memory.coupons.superUses(c.id())).isEqualTo(1);
    }

    @Test
    void without_a_code_one_is_generated() {
        Coupon c = coupons.superCoupon(null, 30, 100, null);

        assertThat(c.code().value()).hasSize(12).matches("[" + CouponCode.ALPHABET + "]+");
        assertThat(c.totalLimit()).contains(100);
        assertThat(memory.coupons.find(c.id())).contains(c);
    }

    @Test
    void a_code_taken_by_any_coupon_is_a_duplicate() {
        coupons.superCoupon("TAKEN", 10, null, null);
        String generated = coupons.percent(5);

        for (String code : List.of("taken", generated.toLowerCase())) {
            assertThatThrownBy(() -> coupons.superCoupon(code, 10, null, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting("field", "code").containsExactly(tuple("code", "DUPLICATE")));
        }
        assertThat(memory.coupons.findByCode(new CouponCode(generated)).orElseThrow().kind()).isEqualTo(CouponKind.PERCENT);
    }

    @ParameterizedTest(name = "code={0} percent={1} limit={2} expiresOn={3}")
    @CsvSource(nullValues = "null", value = {
            "ab,    20,   null, null,       code:INVALID_COUPON_CODE",
            "A!BC,  20,   null, null,       code:INVALID_COUPON_CODE",
            "null,  0,    null, null,       percent:OUT_OF_RANGE",
            "null,  100,  null, null,       percent:OUT_OF_RANGE",
            "null,  null, null, null,       percent:REQUIRED",
            "null,  20,   0,    null,       limit:OUT_OF_RANGE",
            "null,  20,   -5,   null,       limit:OUT_OF_RANGE",
            "null,  20,   null, 2026-11-22, expiresOn:DATE_IN_PAST",
            "null,  20,   null, 23.11.2026, expiresOn:INVALID_DATE",
            "ab,    0,    0,    2026-11-22, code:INVALID_COUPON_CODE percent:OUT_OF_RANGE limit:OUT_OF_RANGE expiresOn:DATE_IN_PAST"})
    void invalid_input_is_reported_field_by_field_and_nothing_is_created(String code, Integer percent, Integer limit,
                                                                          String expiresOn, String errors) {
        assertThatThrownBy(() -> core.manageCoupons().createSuper(admin, new SuperForm(code, percent, limit, expiresOn)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.code()).containsExactly(errors.split(" ")));
        assertThat(memory.coupons.list(io.ordercore.application.port.in.CouponListQuery.all())).isEmpty();
    }
}
