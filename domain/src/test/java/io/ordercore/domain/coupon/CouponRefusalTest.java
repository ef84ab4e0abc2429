package io.ordercore.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.shared.DomainException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refusal codes are stable (they travel to problem+json and the CLI) and map to a kind of error. */
class CouponRefusalTest {

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource({
            "UNKNOWN,             COUPON_UNKNOWN,             NOT_FOUND",
            "ALREADY_USED,        COUPON_ALREADY_USED,        REFUSED",
            "EXPIRED,             COUPON_EXPIRED,             REFUSED",
            "ALREADY_USED_BY_YOU, COUPON_ALREADY_USED_BY_YOU, REFUSED",
            "NOT_YOURS,           COUPON_NOT_YOURS,           REFUSED",
            "LIMIT_REACHED,       COUPON_LIMIT_REACHED,       REFUSED",
            "ORDER_NOT_UNPAID,    ORDER_NOT_UNPAID,           REFUSED",
            "ORDER_HAS_COUPON,    ORDER_HAS_COUPON,           REFUSED"})
    void each_refusal_has_a_stable_code_and_kind(CouponRefusal refusal, String code, DomainException.Kind kind) {
        CouponRefusedException e = new CouponRefusedException(refusal);

        assertThat(refusal.code()).isEqualTo(code);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.reason()).isEqualTo(refusal);
        assertThat(e.getMessage()).isEqualTo(refusal.message()).isNotBlank();
    }

    @Test
    void the_table_above_covers_every_refusal_and_no_two_share_a_code() {
        assertThat(CouponRefusal.values()).hasSize(8);
        assertThat(Arrays.stream(CouponRefusal.values()).map(CouponRefusal::code).distinct()).hasSize(8);
    }
}
