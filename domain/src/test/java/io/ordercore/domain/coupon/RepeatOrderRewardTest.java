package io.ordercore.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The repeat-order rule: a coupon on a client's 2nd, 4th, 6th ... paid order. */
class RepeatOrderRewardTest {

    @ParameterizedTest(name = "paid order number {0} earns a coupon: {1}")
    @CsvSource({"-2, false", "-1, false", "0, false", "1, false", "2, true", "3, false", "4, true", "5, false", "6, true",
            "7, false", "8, true", "99, false", "100, true", "9223372036854775806, true", "9223372036854775807, false"})
    void every_second_paid_order_earns_a_coupon(long paidOrders, boolean earned) {
        assertThat(RepeatOrderReward.earnedBy(paidOrders)).isEqualTo(earned);
    }

    @Test
    void the_default_percent_is_10() {
        assertThat(RepeatOrderReward.DEFAULT_PERCENT).isEqualTo(10);
        assertThat(RepeatOrderReward.checkPercent(RepeatOrderReward.DEFAULT_PERCENT)).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10, 50, 98, 99})
    void the_administrator_may_set_1_to_99_percent(int percent) {
        assertThat(RepeatOrderReward.checkPercent(percent)).isEqualTo(percent);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 100, 101, Integer.MAX_VALUE})
    void other_percents_are_refused_on_the_percent_field(int percent) {
        assertThatThrownBy(() -> RepeatOrderReward.checkPercent(percent))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("percent", "OUT_OF_RANGE")));
    }
}
