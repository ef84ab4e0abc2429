package io.ordercore.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a coupon decides on its own: expiry, whose it is, whether a single-use coupon is spent. */
class CouponTest {

    private static final AccountId ANNA = new AccountId(1);
    private static final AccountId BORIS = new AccountId(2);
    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    /** 2026-12-01 00:00 Moscow: a coupon valid "until 2026-11-30". */
    private static final Instant EXPIRES = Instant.parse("2026-11-30T21:00:00Z");

    private static Coupon coupon(CouponKind kind, Optional<AccountId> holder, Optional<Instant> expiresAt,
                                 Optional<OrderId> usedBy) {
        return new Coupon(new CouponId(5), new CouponCode("TESTCODE"), kind, kind == CouponKind.FULL ? 100 : 10,
                Optional.empty(), holder, expiresAt, Optional.empty(), usedBy,
                kind == CouponKind.REPEAT_ORDER ? Optional.of(new OrderId(40)) : Optional.empty(), CREATED,
                usedBy.isPresent() ? 1 : 0);
    }

    private static Coupon fresh(CouponKind kind) {
        return coupon(kind, kind == CouponKind.REPEAT_ORDER ? Optional.of(ANNA) : Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(CouponKind.class)
    void a_coupon_is_valid_until_just_before_its_expiry_and_expired_from_that_instant_on(CouponKind kind) {
        Coupon c = coupon(kind, kind == CouponKind.REPEAT_ORDER ? Optional.of(ANNA) : Optional.empty(),
                Optional.of(EXPIRES), Optional.empty());

        assertThat(c.refusalFor(ANNA, CREATED)).isEmpty();
        assertThat(c.refusalFor(ANNA, EXPIRES.minusNanos(1))).isEmpty();
        assertThat(c.refusalFor(ANNA, EXPIRES.minus(Duration.ofNanos(1000)))).isEmpty();
        assertThat(c.refusalFor(ANNA, EXPIRES)).contains(CouponRefusal.EXPIRED);
        assertThat(c.refusalFor(ANNA, EXPIRES.plusNanos(1))).contains(CouponRefusal.EXPIRED);
        assertThat(c.refusalFor(ANNA, EXPIRES.plus(Duration.ofDays(400)))).contains(CouponRefusal.EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(CouponKind.class)
    void a_coupon_without_expiry_never_expires(CouponKind kind) {
        assertThat(fresh(kind).refusalFor(ANNA, Instant.parse("2999-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void a_repeat_order_coupon_is_its_holders_only() {
        Coupon annas = fresh(CouponKind.REPEAT_ORDER);

        assertThat(annas.refusalFor(ANNA, CREATED)).isEmpty();
        assertThat(annas.refusalFor(BORIS, CREATED)).contains(CouponRefusal.NOT_YOURS);
    }

    @ParameterizedTest
    @EnumSource(value = CouponKind.class, names = {"PERCENT", "FULL", "SUPER"})
    void other_coupons_sent_to_someone_are_not_personal(CouponKind kind) {
        Coupon sentToAnna = fresh(kind).heldBy(ANNA);

        assertThat(sentToAnna.holder()).contains(ANNA);
        assertThat(sentToAnna.refusalFor(BORIS, CREATED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CouponKind.class, names = {"PERCENT", "FULL", "REPEAT_ORDER"})
    void a_used_single_use_coupon_is_refused_to_everyone_including_who_used_it(CouponKind kind) {
        Coupon used = coupon(kind, Optional.of(ANNA), Optional.empty(), Optional.of(new OrderId(77)));

        assertThat(used.used()).isTrue();
        assertThat(used.refusalFor(ANNA, CREATED)).contains(CouponRefusal.ALREADY_USED);
        assertThat(fresh(kind).used()).isFalse();
        assertThat(fresh(kind).refusalFor(ANNA, CREATED)).isEmpty();
    }

    @Test
    void a_super_coupon_is_not_spent_by_use_storage_counts_it_per_client() {
        assertThat(CouponKind.SUPER.singleUse()).isFalse();
        assertThat(fresh(CouponKind.SUPER).refusalFor(ANNA, CREATED)).isEmpty();
        assertThat(fresh(CouponKind.SUPER).refusalFor(BORIS, CREATED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CouponKind.class, names = {"PERCENT", "FULL", "REPEAT_ORDER"})
    void every_kind_but_super_is_single_use(CouponKind kind) {
        assertThat(kind.singleUse()).isTrue();
    }

    @Test
    void expiry_is_reported_before_anything_else_and_someone_elses_coupon_before_its_use() {
        Coupon expiredUsedAndAnnas = coupon(CouponKind.REPEAT_ORDER, Optional.of(ANNA), Optional.of(EXPIRES),
                Optional.of(new OrderId(77)));

        assertThat(expiredUsedAndAnnas.refusalFor(BORIS, EXPIRES)).contains(CouponRefusal.EXPIRED);
        assertThat(expiredUsedAndAnnas.refusalFor(BORIS, CREATED)).contains(CouponRefusal.NOT_YOURS);
        assertThat(expiredUsedAndAnnas.refusalFor(ANNA, CREATED)).contains(CouponRefusal.ALREADY_USED);
    }

    @Test
    void only_super_coupons_have_a_total_limit_of_at_least_one() {
        assertThat(new Coupon(new CouponId(1), new CouponCode("SUPER1"), CouponKind.SUPER, 20, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(1), Optional.empty(), Optional.empty(), CREATED, 0).totalLimit())
                .contains(1);
        for (CouponKind kind : new CouponKind[] {CouponKind.PERCENT, CouponKind.FULL}) {
            assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("LIMITED1"), kind, kind == CouponKind.FULL ? 100 : 5,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(10), Optional.empty(), Optional.empty(),
                    CREATED, 0)).as(kind.name()).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("SUPER1"), CouponKind.SUPER, 20, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(0), Optional.empty(), Optional.empty(), CREATED, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_repeat_order_coupon_names_its_client_and_the_order_that_earned_it() {
        assertThatThrownBy(() -> coupon(CouponKind.REPEAT_ORDER, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("REPEAT01"), CouponKind.REPEAT_ORDER, 10,
                Optional.empty(), Optional.of(ANNA), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                CREATED, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_percent_must_fit_the_kind() {
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("FULL0001"), CouponKind.FULL, 99,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                CREATED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("PCT00001"), CouponKind.PERCENT, 100,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                CREATED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("PCT00001"), CouponKind.SUPER, 0,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                CREATED, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void applied_carries_code_kind_and_percent_and_held_by_changes_only_the_holder() {
        Coupon c = coupon(CouponKind.PERCENT, Optional.empty(), Optional.of(EXPIRES), Optional.of(new OrderId(3)));
        Coupon held = c.heldBy(BORIS);

        assertThat(c.applied()).isEqualTo(new AppliedCoupon(new CouponCode("TESTCODE"), CouponKind.PERCENT, 10));
        assertThat(held.holder()).contains(BORIS);
        assertThat(held).usingRecursiveComparison().ignoringFields("holder").isEqualTo(c);
    }

    @Test
    void a_single_use_coupon_is_used_once_exactly_when_it_names_its_order_and_a_super_coupon_any_number_of_times() {
        Coupon used = coupon(CouponKind.PERCENT, Optional.empty(), Optional.empty(), Optional.of(new OrderId(3)));
        assertThat(used.used()).isTrue();
        assertThat(fresh(CouponKind.FULL).used()).isFalse();
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("PCT00001"), CouponKind.PERCENT, 5,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new OrderId(3)),
                Optional.empty(), CREATED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("PCT00001"), CouponKind.PERCENT, 5,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), CREATED, 1)).isInstanceOf(IllegalArgumentException.class);
        Coupon popular = new Coupon(new CouponId(1), new CouponCode("SUPER1"), CouponKind.SUPER, 20, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CREATED, 4_000);
        assertThat(popular.used()).isTrue();
        assertThat(popular.refusalFor(ANNA, CREATED)).isEmpty();
        assertThatThrownBy(() -> new Coupon(new CouponId(1), new CouponCode("SUPER1"), CouponKind.SUPER, 20,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                CREATED, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Coupon.unused(new CouponId(1), new CouponCode("SUPER1"), CouponKind.SUPER, 20, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(3), Optional.empty(), CREATED).uses()).isZero();
    }

    @Test
    void ids_are_positive() {
        assertThatThrownBy(() -> new CouponId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CouponGroupId(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CouponId(12)).hasToString("12");
        assertThat(new CouponGroupId(3)).hasToString("3");
    }
}
