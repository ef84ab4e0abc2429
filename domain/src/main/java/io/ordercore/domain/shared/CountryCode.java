package io.ordercore.domain.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case ({@code RU}, {@code KZ}). */
public record CountryCode(String value) {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (value == null || !KNOWN.contains(value)) {
            throw ValidationException.of("country", "INVALID_COUNTRY", "must be an ISO 3166-1 alpha-2 country code, e.g. RU");
        }
    }

    public static CountryCode of(String raw) {
        return new CountryCode(raw == null ? null : raw.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
