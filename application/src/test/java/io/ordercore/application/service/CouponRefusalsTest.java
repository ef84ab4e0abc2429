package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponRefusal;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every refusal, both when a client applies a code to an unpaid order later (a
 * {@link CouponRefusedException} with the refusal's code) and when the code is typed on the order
 * form (a field error on {@code couponCode} with the same code). A refusal changes nothing: no
 * order, no use of the coupon, no account for a visitor.
 */
class CouponRefusalsTest {

    /** The refusals a coupon itself can cause; the order-level ones cannot happen to a new order. */
    private static final String COUPON_REFUSALS = "^(UNKNOWN|ALREADY_USED|EXPIRED|ALREADY_USED_BY_YOU|NOT_YOURS|LIMIT_REACHED)$";
    private static final String VISITOR_REFUSALS = "^(UNKNOWN|ALREADY_USED|EXPIRED|NOT_YOURS|LIMIT_REACHED)$";

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

    /**
     * Sets up a coupon that {@code who} (an account that has used no coupon yet, or a visitor who
     * has none) will be refused with {@code refusal} once the clock reads "now"; returns its code.
     */
    private String refusedCode(CouponRefusal refusal, Caller.SignedIn who) {
        return switch (refusal) {
            case UNKNOWN -> "NOSUCHCODE";
            case ALREADY_USED -> {
                String code = coupons.percent(10);
                place(other, code);
                yield code;
            }
            case EXPIRED -> {
                String code = coupons.expiringGroup("PERCENT", 10, 1, "2026-11-23").codes().get(0);
                clock.set(Instant.parse("2026-11-23T21:00:00Z")); // 2026-11-24 00:00 Moscow
                yield code;
            }
            case ALREADY_USED_BY_YOU -> {
                String code = coupons.superCoupon(null, 20, null, null).code().value();
                place(who, code);
                yield code;
            }
            case NOT_YOURS -> {
                coupons.fullCodes(2).forEach(code -> place(other, code));
                yield core.clientCoupons().held(other).get(0).coupon().code().value();
            }
            case LIMIT_REACHED -> {
                String code = coupons.superCoupon(null, 20, 1, null).code().value();
                place(other, code);
                yield code;
            }
            case ORDER_NOT_UNPAID, ORDER_HAS_COUPON -> throw new IllegalArgumentException("not a coupon's refusal");
        };
    }

    private Optional<Coupon> coupon(String code) {
        return memory.coupons.findByCode(CouponCode.parse(code));
    }

    private int ordersStored() {
        return memory.orders.list(OrderListQuery.all()).items().size();
    }

    // --- applied later

    @ParameterizedTest
    @EnumSource(value = CouponRefusal.class, mode = EnumSource.Mode.MATCH_ALL, names = COUPON_REFUSALS)
    void applying_a_refused_coupon_later_throws_its_code_and_changes_nothing(CouponRefusal refusal) {
        Order unpaid = place(client, null);
        String code = refusedCode(refusal, client);
        Optional<Coupon> couponBefore = coupon(code);
        long superUsesBefore = couponBefore.map(c -> memory.coupons.superUses(c.id())).orElse(0L);
        OrderSnapshot orderBefore = memory.orders.find(unpaid.id()).orElseThrow().snapshot();

        assertThatThrownBy(() -> core.clientCoupons().apply(client, unpaid.id(), code))
                .isInstanceOfSatisfying(CouponRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(refusal);
                    assertThat(e.code()).isEqualTo(refusal.code());
                    assertThat(e.kind()).isEqualTo(refusal == CouponRefusal.UNKNOWN
                            ? DomainException.Kind.NOT_FOUND : DomainException.Kind.REFUSED);
                });

        assertThat(memory.orders.find(unpaid.id()).orElseThrow().snapshot()).isEqualTo(orderBefore);
        assertThat(coupon(code)).isEqualTo(couponBefore);
        assertThat(couponBefore.map(c -> memory.coupons.superUses(c.id())).orElse(0L)).isEqualTo(superUsesBefore);
        assertThat(memory.audit.all()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("order.coupon.apply");
            assertThat(entry.target()).isEqualTo("order:" + unpaid.id());
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
            assertThat(entry.errorCode()).contains(refusal.code());
        });
    }

    @Test
    void a_cancelled_order_is_not_unpaid_and_its_coupon_stays_unused() {
        Order order = place(client, null);
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.CANCELLED, admin, "test"));
        String code = coupons.percent(10);

        assertThatThrownBy(() -> core.clientCoupons().apply(client, order.id(), code))
                .isInstanceOfSatisfying(CouponRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("ORDER_NOT_UNPAID"));
        assertThat(coupon(code).orElseThrow().used()).as("order rules first: no coupon wasted").isFalse();
        assertThat(place(client, code).price().coupon()).as("still usable").isPresent();
    }

    @Test
    void a_paid_order_is_not_unpaid_even_though_it_has_a_coupon_too() {
        Order paid = place(client, coupons.full());
        String code = coupons.superCoupon(null, 20, null, null).code().value();

        assertThatThrownBy(() -> core.clientCoupons().apply(client, paid.id(), code))
                .isInstanceOfSatisfying(CouponRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("ORDER_NOT_UNPAID"));
        assertThat(memory.coupons.superUses(coupon(code).orElseThrow().id())).isZero();
    }

    @Test
    void an_order_with_a_coupon_takes_no_second_one_and_the_second_stays_unused() {
        String first = coupons.percent(10);
        String second = coupons.percent(20);
        Order order = place(client, first);

        assertThatThrownBy(() -> core.clientCoupons().apply(client, order.id(), second))
                .isInstanceOfSatisfying(CouponRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("ORDER_HAS_COUPON"));
        Order stored = memory.orders.find(order.id()).orElseThrow();
        assertThat(stored.price().coupon().orElseThrow().code().value()).isEqualTo(first);
        assertThat(stored.history()).hasSize(order.history().size());
        assertThat(coupon(second).orElseThrow().used()).isFalse();
    }

    @Test
    void an_unknown_order_is_not_found_and_the_coupon_stays_unused() {
        String code = coupons.percent(5);

        assertThatThrownBy(() -> core.clientCoupons().apply(client, new io.ordercore.domain.shared.OrderId(999), code))
                .isInstanceOf(io.ordercore.application.port.in.NotFoundException.class);
        assertThat(coupon(code).orElseThrow().used()).isFalse();
    }

    @Test
    void a_malformed_code_is_a_field_error_before_anything_is_looked_up() {
        Order order = place(client, null);

        assertThatThrownBy(() -> core.clientCoupons().apply(client, order.id(), "ab!"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("code", "INVALID_COUPON_CODE")));
        assertThatThrownBy(() -> core.clientCoupons().apply(client, order.id(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("code", "REQUIRED")));
    }

    // --- typed on the order form

    @ParameterizedTest
    @EnumSource(value = CouponRefusal.class, mode = EnumSource.Mode.MATCH_ALL, names = COUPON_REFUSALS)
    void a_refused_coupon_on_the_form_is_a_field_error_and_nothing_is_placed(CouponRefusal refusal) {
        String code = refusedCode(refusal, client);
        Optional<Coupon> couponBefore = coupon(code);
        long superUsesBefore = couponBefore.map(c -> memory.coupons.superUses(c.id())).orElse(0L);
        int ordersBefore = ordersStored();
        int outboxBefore = memory.outbox.all().size();

        assertThatThrownBy(() -> place(client, code.toLowerCase()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("couponCode", refusal.code())));

        assertThat(ordersStored()).isEqualTo(ordersBefore);
        assertThat(coupon(code)).isEqualTo(couponBefore);
        assertThat(couponBefore.map(c -> memory.coupons.superUses(c.id())).orElse(0L)).isEqualTo(superUsesBefore);
        assertThat(memory.outbox.all()).as("no order announced").hasSize(outboxBefore);
        assertThat(memory.audit.all()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("order.place");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
            assertThat(entry.errorCode()).contains(ValidationException.CODE);
        });
    }

    @ParameterizedTest
    @EnumSource(value = CouponRefusal.class, mode = EnumSource.Mode.MATCH_ALL, names = VISITOR_REFUSALS)
    void a_visitor_refused_a_coupon_gets_no_account_and_no_order(CouponRefusal refusal) {
        String code = refusedCode(refusal, null);
        Optional<Coupon> couponBefore = coupon(code);
        int ordersBefore = ordersStored();

        assertThatThrownBy(() -> core.placeCallOrder().place(Caller.anonymous(), aForm(callTypeId)
                .with("clientEmail", "visitor@example.com").with("couponCode", code).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("couponCode", refusal.code())));

        assertThat(memory.accounts.findByEmail(Email.of("visitor@example.com"))).isEmpty();
        assertThat(memory.outbox.all()).noneMatch(m -> m.notification().recipient().value().equals("visitor@example.com"));
        assertThat(ordersStored()).isEqualTo(ordersBefore);
        assertThat(coupon(code)).isEqualTo(couponBefore);
    }

    @Test
    void a_form_with_other_errors_reports_them_without_judging_the_coupon() {
        assertThatThrownBy(() -> core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", "NOSUCHCODE")
                .with("consent", false).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field").containsExactly("consent"));
    }

    @Test
    void the_expiry_boundary_is_the_end_of_the_last_day_in_moscow() {
        String code = coupons.expiringGroup("PERCENT", 10, 2, "2026-11-23").codes().get(0);
        String twin = coupons.expiringGroup("PERCENT", 10, 1, "2026-11-23").codes().get(0);

        clock.set(Instant.parse("2026-11-23T20:59:59.999999Z")); // 23:59:59.999999 Moscow: still valid
        assertThat(place(client, code).price().coupon()).isPresent();
        clock.set(Instant.parse("2026-11-23T21:00:00Z")); // midnight Moscow: expired
        assertThatThrownBy(() -> place(client, twin)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("code").containsExactly("COUPON_EXPIRED"));
    }

    @Test
    void expiry_is_reported_even_for_a_coupon_used_already() {
        String code = coupons.expiringGroup("PERCENT", 10, 1, "2026-11-23").codes().get(0);
        place(other, code);
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));

        assertThatThrownBy(() -> place(client, code)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("code").containsExactly("COUPON_EXPIRED"));
        assertThat(coupon(code).orElseThrow().usedBy()).as("still the other client's order's").isPresent();
    }
}
