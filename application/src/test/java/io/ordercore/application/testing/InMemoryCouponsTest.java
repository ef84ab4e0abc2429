package io.ordercore.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.out.Coupons.Claim;
import io.ordercore.application.port.out.Coupons.Insert;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the in-memory coupons must answer as the SQL adapter does (its ON CONFLICT DO NOTHING insert,
 * its conditional claims, its LIKE on letters and digits only); the shared contract tests in
 * adapters-persistence cover the rest.
 */
class InMemoryCouponsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryCoupons coupons = new InMemoryCoupons(store);

    private static Coupon repeat(long id, String code, long grantedFor) {
        return new Coupon(new CouponId(id), new CouponCode(code), CouponKind.REPEAT_ORDER, 10, Optional.empty(),
                Optional.of(new AccountId(1)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new OrderId(grantedFor)), NOW, 0);
    }

    private static Coupon percent(long id, String code) {
        return new Coupon(new CouponId(id), new CouponCode(code), CouponKind.PERCENT, 5, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), NOW, 0);
    }

    @Test
    void a_second_grant_for_the_same_order_is_already_granted_even_when_its_code_clashes_too() {
        assertThat(coupons.insert(repeat(1, "REPEATAAAAAA", 40))).isEqualTo(Insert.INSERTED);

        assertThat(coupons.insert(repeat(2, "REPEATAAAAAA", 40))).isEqualTo(Insert.ALREADY_GRANTED);
        assertThat(coupons.insert(repeat(3, "REPEATBBBBBB", 40))).isEqualTo(Insert.ALREADY_GRANTED);
        assertThat(coupons.insert(repeat(4, "REPEATAAAAAA", 41))).isEqualTo(Insert.CODE_TAKEN);
        assertThat(coupons.list(CouponListQuery.all())).extracting(Coupon::id).containsExactly(new CouponId(1));
    }

    @Test
    void an_id_in_use_is_refused_never_overwritten() {
        Coupon first = percent(1, "FIRSTCODE");
        coupons.insert(first);

        assertThat(coupons.insert(percent(1, "OTHERCODE"))).isEqualTo(Insert.CODE_TAKEN);
        assertThat(coupons.find(new CouponId(1))).contains(first);
        assertThat(coupons.findByCode(new CouponCode("OTHERCODE"))).isEmpty();
    }

    @Test
    void a_claim_of_a_deleted_coupon_finds_it_gone() {
        Coupon c = percent(1, "GONECODE");
        coupons.insert(c);
        coupons.delete(java.util.List.of(c.id()));

        assertThat(coupons.claim(c, new OrderId(5), new AccountId(1), NOW)).isEqualTo(Claim.GONE);
    }

    @Test
    void a_code_prefix_holds_letters_and_digits_only() {
        assertThatThrownBy(() -> new CouponListQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("A%"),
                Optional.empty(), Optional.empty(), 10)).isInstanceOf(ValidationException.class);
        assertThat(new CouponListQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(" ab-c "),
                Optional.empty(), Optional.empty(), 10).codePrefix()).contains("ABC");
        assertThat(new CouponListQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(" - "),
                Optional.empty(), Optional.empty(), 10).codePrefix()).isEmpty();
    }
}
