package io.ordercore.adapter.web;

import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Filters of the admin lists, taken as raw query text and checked here, each error recorded
 * under the parameter's name so that all bad filters are reported together.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Optional<Long> id(Validation v, String field, String raw) {
        return v.checkOptional(field, raw, text -> {
            try {
                long value = Long.parseLong(text.trim());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw ValidationException.of(field, "NOT_AN_ID", "must be a positive whole number");
        });
    }

    /** A page size of 1..{@code max}, {@code fallback} when absent. */
    public static int limit(Validation v, String raw, int fallback, int max) {
        return v.checkOptional("limit", raw, text -> {
            try {
                int value = Integer.parseInt(text.trim());
                if (value >= 1 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw ValidationException.of("limit", "OUT_OF_RANGE", "must be a whole number 1.." + max);
        }).orElse(fallback);
    }

    /** A Moscow date {@code YYYY-MM-DD} (its midnight) or an ISO-8601 instant. */
    public static Optional<Instant> instant(Validation v, String field, String raw) {
        return v.checkOptional(field, raw, text -> {
            String trimmed = text.trim();
            try {
                return trimmed.length() == 10
                        ? LocalDate.parse(trimmed).atStartOfDay(MoscowTime.ZONE).toInstant()
                        : OffsetDateTime.parse(trimmed).toInstant();
            } catch (DateTimeParseException e) {
                throw ValidationException.of(field, "INVALID_TIME",
                        "must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z");
            }
        });
    }

    public static <E extends Enum<E>> Optional<E> choice(Validation v, String field, String raw, Class<E> type) {
        return v.checkOptional(field, raw, text -> Choices.parse(type, text));
    }

    public static Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw);
    }
}
