package io.ordercore.domain.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The business time zone: call dates, windows and "today" are Moscow time, as the product says. */
public final class MoscowTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private MoscowTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZONE));
    }
}
