package io.ordercore.application.service;

import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsing of raw form values shared by the use cases; every failure becomes a field error. */
final class FormInputs {

    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    static final int MAX_NAME = 100;
    static final int MAX_URL = 2000;

    private FormInputs() {
    }

    /**
     * A bookable window from {@code YYYY-MM-DD} and two {@code HH:MM}; null (with errors recorded)
     * when malformed or not bookable. The date is judged even when a time is malformed.
     */
    static CallWindow bookableWindow(Validation v, String date, String start, String end, Clock clock) {
        CallWindow window = window(v, date, start, end);
        if (window != null) {
            v.verify(() -> window.requireBookable(clock));
            return window;
        }
        if (!v.hasErrorFor("callDate") && date != null && !date.isBlank()) {
            v.verify(() -> CallWindow.requireBookableDate(parseDate(date), clock));
        }
        return null;
    }

    /** A window from {@code YYYY-MM-DD} and two {@code HH:MM}; null (with errors recorded) when malformed. */
    static CallWindow window(Validation v, String date, String start, String end) {
        LocalDate day = null;
        if (v.require("callDate", date)) {
            day = v.check("callDate", () -> parseDate(date));
        }
        LocalTime from = v.require("windowStart", start) ? v.check("windowStart", () -> parseTime(start)) : null;
        LocalTime to = v.require("windowEnd", end) ? v.check("windowEnd", () -> parseTime(end)) : null;
        if (day == null || from == null || to == null) {
            return null;
        }
        LocalDate d = day;
        return v.check("windowEnd", () -> new CallWindow(d, from, to));
    }

    static LocalDate parseDate(String raw) {
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("date", "INVALID_DATE", "must be a date YYYY-MM-DD");
        }
    }

    static LocalTime parseTime(String raw) {
        String text = raw.trim();
        if (!TIME.matcher(text).matches()) {
            throw ValidationException.of("time", "INVALID_TIME", "must be a time HH:MM (00:00..23:59)");
        }
        return LocalTime.parse(text);
    }

    /** An optional absolute http(s) address. */
    static Optional<String> webLink(Validation v, String field, String raw) {
        return v.checkOptional(field, raw, text -> {
            String trimmed = text.trim();
            try {
                URI uri = new URI(trimmed);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (trimmed.length() <= MAX_URL && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return trimmed;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw ValidationException.of(field, "INVALID_URL", "must be an http(s) address of at most " + MAX_URL + " characters");
        });
    }
}
