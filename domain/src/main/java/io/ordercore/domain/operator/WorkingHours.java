package io.ordercore.domain.operator;

import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.ValidationException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of each day an operator takes calls, Moscow time, in whole minutes; {@code to} is
 * after {@code from} (hours never cross midnight, just like a {@link CallWindow}).
 */
public record WorkingHours(LocalTime from, LocalTime to) {

    private static final String FIELD = "workingHours";
    private static final String CODE = "INVALID_WORKING_HOURS";
    // "09:00-18:00"; the " MSK" suffix is allowed so that toString() parses back.
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})(?:\\s+MSK)?");

    public WorkingHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            throw ValidationException.of(FIELD, CODE, "working hours are set in whole minutes");
        }
        if (!to.isAfter(from)) {
            throw ValidationException.of(FIELD, CODE, "must end later than they start, e.g. 09:00-18:00");
        }
    }

    /** Reads "09:00-18:00"; refuses anything else with {@code INVALID_WORKING_HOURS}. */
    public static WorkingHours parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw ValidationException.of(FIELD, CODE, "must look like 09:00-18:00 (Moscow time)");
        }
        try {
            return new WorkingHours(LocalTime.parse(m.group(1)), LocalTime.parse(m.group(2)));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(FIELD, CODE, "must look like 09:00-18:00 (Moscow time)");
        }
    }

    /** Whether the whole call window lies inside these hours (its date does not matter). */
    public boolean covers(CallWindow window) {
        return !window.start().isBefore(from) && !window.end().isAfter(to);
    }

    @Override
    public String toString() {
        return from + "-" + to + " MSK";
    }
}
