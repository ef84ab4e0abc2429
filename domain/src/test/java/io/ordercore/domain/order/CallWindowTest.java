package io.ordercore.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallWindowTest {

    /** 2026-11-23 09:00 Moscow. */
    private final MutableClock clock = MutableClock.atDefaultNow();

    private static CallWindow window(String date, String start, String end) {
        return new CallWindow(LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end));
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field", "code").containsExactly(tuple(field, code)));
    }

    @ParameterizedTest
    @CsvSource({"10:00, 10:00", "10:00, 09:59", "23:59, 00:00"})
    void the_window_ends_after_it_starts(String start, String end) {
        assertRefused(() -> window("2026-11-25", start, end), "windowEnd", "WINDOW_NOT_AFTER_START");
    }

    @Test
    void a_one_minute_window_is_fine() {
        assertThat(window("2026-11-25", "10:00", "10:01").end()).isEqualTo(LocalTime.of(10, 1));
    }

    @ParameterizedTest
    @CsvSource({"10:00:30, 11:00", "10:00, 11:00:01", "10:00:00.000001, 11:00"})
    void both_ends_are_whole_minutes(String start, String end) {
        assertRefused(() -> window("2026-11-25", start, end), "windowStart", "NOT_WHOLE_MINUTES");
    }

    @Test
    void its_instants_are_moscow_time() {
        CallWindow w = window("2026-11-25", "10:00", "12:30");

        assertThat(w.startsAt()).isEqualTo(Instant.parse("2026-11-25T07:00:00Z"));
        assertThat(w.endsAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(w).hasToString("2026-11-25 10:00-12:30 MSK");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-23, 10:00, 11:00",  // later today
            "2026-11-23, 08:00, 09:01",  // started, not yet ended
            "2026-11-24, 00:00, 00:01",
            "2027-11-24, 10:00, 11:00"   // exactly 366 days ahead
    })
    void bookable_windows(String date, String start, String end) {
        assertThatCode(() -> window(date, start, end).requireBookable(clock)).doesNotThrowAnyException();
    }

    @Test
    void a_date_before_today_is_refused() {
        assertRefused(() -> window("2026-11-22", "23:00", "23:59").requireBookable(clock), "callDate", "DATE_IN_PAST");
        assertRefused(() -> window("2025-11-30", "10:00", "11:00").requireBookable(clock), "callDate", "DATE_IN_PAST");
    }

    @Test
    void more_than_366_days_ahead_is_refused() {
        assertRefused(() -> window("2027-11-25", "10:00", "11:00").requireBookable(clock), "callDate", "DATE_TOO_FAR");
        assertRefused(() -> window("2207-11-23", "10:00", "11:00").requireBookable(clock), "callDate", "DATE_TOO_FAR");
    }

    @ParameterizedTest
    @CsvSource({"08:00, 09:00", "00:00, 00:01", "06:00, 08:59"})
    void a_window_today_that_has_ended_is_refused(String start, String end) {
        assertRefused(() -> window("2026-11-23", start, end).requireBookable(clock), "windowEnd", "WINDOW_PASSED");
    }

    @Test
    void today_is_the_moscow_date_not_the_utc_one() {
        // 22:30 UTC on the 23rd is already 01:30 on the 24th in Moscow.
        clock.set(Instant.parse("2026-11-23T22:30:00Z"));

        assertRefused(() -> window("2026-11-23", "23:00", "23:59").requireBookable(clock), "callDate", "DATE_IN_PAST");
        assertRefused(() -> window("2026-11-24", "00:00", "01:30").requireBookable(clock), "windowEnd", "WINDOW_PASSED");
        assertThatCode(() -> window("2026-11-24", "01:00", "01:31").requireBookable(clock)).doesNotThrowAnyException();
        // 366 days from the Moscow date (24th), not from the UTC one (23rd).
        assertThatCode(() -> window("2027-11-25", "10:00", "11:00").requireBookable(clock)).doesNotThrowAnyException();
        assertRefused(() -> window("2027-11-26", "10:00", "11:00").requireBookable(clock), "callDate", "DATE_TOO_FAR");
    }

    @Test
    void just_before_moscow_midnight_it_is_still_the_earlier_day() {
        clock.set(Instant.parse("2026-11-23T20:58:59Z")); // 23:58:59 Moscow
        assertThatCode(() -> window("2026-11-23", "23:00", "23:59").requireBookable(clock)).doesNotThrowAnyException();

        clock.set(Instant.parse("2026-11-23T20:59:00Z")); // 23:59 Moscow: the window ends now
        assertRefused(() -> window("2026-11-23", "23:00", "23:59").requireBookable(clock), "windowEnd", "WINDOW_PASSED");
        assertThatCode(() -> window("2026-11-24", "00:00", "00:01").requireBookable(clock)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-25, 10:00, 12:00",
            "2026-11-25, 00:00, 00:01",
            "2026-11-25, 23:00, 23:59",
            "2027-01-01, 00:00, 23:59",
            "2028-02-29, 12:15, 12:45"
    })
    void between_rebuilds_a_window_from_its_instants(String date, String start, String end) {
        CallWindow original = window(date, start, end);

        assertThat(CallWindow.between(original.startsAt(), original.endsAt())).isEqualTo(original);
    }

    @Test
    void between_reads_utc_instants_in_moscow_time() {
        CallWindow w = CallWindow.between(Instant.parse("2026-11-24T21:30:00Z"), Instant.parse("2026-11-24T22:00:00Z"));

        assertThat(w).isEqualTo(window("2026-11-25", "00:30", "01:00"));
    }
}
