package io.ordercore.domain.order;

import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the call is to be made: a date and a time window inside that day, Moscow time.
 * The window ends after it starts; both ends are whole minutes.
 */
public record CallWindow(LocalDate date, LocalTime start, LocalTime end) {

    /** How far ahead a call may be booked; guards against mistyped years. */
    public static final int MAX_DAYS_AHEAD = 366;

    public CallWindow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw ValidationException.of("windowStart", "NOT_WHOLE_MINUTES", "the window is set in whole minutes");
        }
        if (!end.isAfter(start)) {
            throw ValidationException.of("windowEnd", "WINDOW_NOT_AFTER_START", "must be later than the window start");
        }
    }

    public Instant startsAt() {
        return ZonedDateTime.of(date, start, MoscowTime.ZONE).toInstant();
    }

    public Instant endsAt() {
        return ZonedDateTime.of(date, end, MoscowTime.ZONE).toInstant();
    }

    /**
     * Refuses a window a new booking may not use: a date before today (Moscow), more than
     * {@link #MAX_DAYS_AHEAD} days ahead, or a window that has already ended.
     */
    public void requireBookable(Clock clock) {
        requireBookableDate(date, clock);
        if (!endsAt().isAfter(clock.instant())) {
            throw ValidationException.of("windowEnd", "WINDOW_PASSED", "this window has already ended (Moscow time)");
        }
    }

    /**
     * Refuses a call date before today (Moscow) or more than {@link #MAX_DAYS_AHEAD} days ahead;
     * usable on its own when the times of a form are still malformed.
     */
    public static void requireBookableDate(LocalDate date, Clock clock) {
        LocalDate today = MoscowTime.today(clock);
        if (date.isBefore(today)) {
            throw ValidationException.of("callDate", "DATE_IN_PAST", "must be today or later (Moscow time, today is " + today + ")");
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw ValidationException.of("callDate", "DATE_TOO_FAR", "must be within " + MAX_DAYS_AHEAD + " days from today");
        }
    }

    /** Rebuilds a window from stored instants. */
    public static CallWindow between(Instant startsAt, Instant endsAt) {
        ZonedDateTime from = startsAt.atZone(MoscowTime.ZONE);
        ZonedDateTime to = endsAt.atZone(MoscowTime.ZONE);
        return new CallWindow(from.toLocalDate(), from.toLocalTime(), to.toLocalTime());
    }

    @Override
    public String toString() {
        return date + " " + start + "-" + end + " MSK";
    }
}
