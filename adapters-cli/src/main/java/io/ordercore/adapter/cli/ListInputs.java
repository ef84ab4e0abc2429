package io.ordercore.adapter.cli;

import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks of list filters typed on the command line, collected in one {@link Validation} so all errors show together. */
public final class ListInputs {

    private ListInputs() {
    }

    /** An id filter: absent, or a positive whole number. */
    public static Optional<Long> id(Validation v, String field, Long raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (raw <= 0) {
            v.reject(field, "NOT_AN_ID", "must be a positive whole number");
            return Optional.empty();
        }
        return Optional.of(raw);
    }

    /** A page size: {@code fallback} when absent, else 1..{@code max}. */
    public static int limit(Validation v, Integer raw, int fallback, int max) {
        if (raw == null) {
            return fallback;
        }
        if (raw < 1 || raw > max) {
            v.reject("limit", "OUT_OF_RANGE", "must be a whole number 1.." + max);
            return fallback;
        }
        return raw;
    }

    /** {@code YYYY-MM-DD} (Moscow midnight, as in 'orders list') or an ISO-8601 instant. */
    public static Optional<Instant> time(Validation v, String field, String raw) {
        return v.checkOptional(field, raw, text -> {
            String trimmed = text.trim();
            try {
                if (trimmed.length() == 10) {
                    return LocalDate.parse(trimmed).atStartOfDay(MoscowTime.ZONE).toInstant();
                }
                return OffsetDateTime.parse(trimmed).toInstant();
            } catch (DateTimeParseException e) {
                throw ValidationException.of(field, "INVALID_TIME",
                        "must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z");
            }
        });
    }
}
