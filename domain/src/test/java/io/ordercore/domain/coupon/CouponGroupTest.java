package io.ordercore.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A group holds generated PERCENT (1..99%) or FULL (100%) coupons, with a comment. */
class CouponGroupTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    private static CouponGroup group(CouponKind kind, int percent, String comment) {
        return new CouponGroup(new CouponGroupId(1), kind, percent, comment, Optional.empty(), NOW, 25);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 99})
    void a_percent_group_takes_1_to_99(int percent) {
        assertThat(group(CouponKind.PERCENT, percent, "spring").percent()).isEqualTo(percent);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, -3})
    void a_percent_group_refuses_other_percents_as_a_field_error(int percent) {
        assertThatThrownBy(() -> group(CouponKind.PERCENT, percent, "spring"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("percent"));
    }

    @Test
    void a_full_group_is_100_percent() {
        assertThat(group(CouponKind.FULL, 100, "free calls").percent()).isEqualTo(100);
        assertThatThrownBy(() -> group(CouponKind.FULL, 99, "free calls")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = CouponKind.class, names = {"SUPER", "REPEAT_ORDER"})
    void super_and_repeat_order_coupons_are_never_grouped(CouponKind kind) {
        assertThatThrownBy(() -> group(kind, 10, "nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_comment_is_required_trimmed_and_at_most_500_characters() {
        assertThat(group(CouponKind.PERCENT, 4, "  spring mailing ").comment()).isEqualTo("spring mailing");
        assertThat(group(CouponKind.PERCENT, 4, "x".repeat(500)).comment()).hasSize(500);
        assertThatThrownBy(() -> group(CouponKind.PERCENT, 4, "x".repeat(501))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> group(CouponKind.PERCENT, 4, "   ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> group(CouponKind.PERCENT, 4, null)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void a_group_holds_1_to_10000_coupons(int size) {
        assertThatThrownBy(() -> new CouponGroup(new CouponGroupId(1), CouponKind.PERCENT, 4, "spring", Optional.empty(), NOW, size))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("count"));
        assertThat(new CouponGroup(new CouponGroupId(1), CouponKind.PERCENT, 4, "spring", Optional.empty(), NOW, 10_000).size())
                .isEqualTo(10_000);
    }
}
