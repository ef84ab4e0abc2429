package io.ordercore.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.ValidationException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingHoursTest {

    private static final WorkingHours NINE_TO_SIX = WorkingHours.parse("09:00-18:00");

    private static CallWindow window(String start, String end) {
        return new CallWindow(LocalDate.parse("2026-11-25"), LocalTime.parse(start), LocalTime.parse(end));
    }

    private static void assertInvalid(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field", "code")
                        .containsExactly(tuple("workingHours", "INVALID_WORKING_HOURS")));
    }

    @Test
    void parses_and_prints_moscow_hours() {
        assertThat(NINE_TO_SIX.from()).isEqualTo(LocalTime.of(9, 0));
        assertThat(NINE_TO_SIX.to()).isEqualTo(LocalTime.of(18, 0));
        assertThat(NINE_TO_SIX).hasToString("09:00-18:00 MSK");
        assertThat(WorkingHours.parse(NINE_TO_SIX.toString())).isEqualTo(NINE_TO_SIX);
        assertThat(WorkingHours.parse(" 00:00 - 23:59 ")).isEqualTo(new WorkingHours(LocalTime.MIN, LocalTime.of(23, 59)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"9-18", "9:00-18:00", "09:00", "09:00-", "18:00-09:00", "09:00-09:00", "24:00-25:00",
            "09:60-10:00", "09:00-18:00 UTC", "nine to six"})
    void parse_refuses_anything_else(String text) {
        assertInvalid(() -> WorkingHours.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"09:00, 09:00", "18:00, 09:00", "09:00:30, 18:00", "09:00, 18:00:00.5"})
    void hours_end_after_they_start_in_whole_minutes(String from, String to) {
        assertInvalid(() -> new WorkingHours(LocalTime.parse(from), LocalTime.parse(to)));
    }

    @Test
    void a_window_exactly_equal_to_the_hours_is_covered() {
        assertThat(NINE_TO_SIX.covers(window("09:00", "18:00"))).isTrue();
        assertThat(NINE_TO_SIX.covers(window("12:00", "13:00"))).isTrue();
    }

    @Test
    void one_minute_outside_at_either_end_is_not_covered() {
        assertThat(NINE_TO_SIX.covers(window("08:59", "10:00"))).isFalse();
        assertThat(NINE_TO_SIX.covers(window("17:00", "18:01"))).isFalse();
        assertThat(NINE_TO_SIX.covers(window("06:00", "08:00"))).isFalse();
    }
}
