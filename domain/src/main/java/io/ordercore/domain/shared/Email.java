package io.ordercore.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, normalised to lower case so that it works as a case-insensitive login.
 * The check is deliberately structural (local@domain.tld, no spaces, at most 254 characters):
 * only delivery proves an address.
 */
public record Email(String value) {

    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s\\p{Cntrl}\"(),:;<>\\[\\\\\\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public Email {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("email", "INVALID_EMAIL", "must be an e-mail address like name@example.com");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static Email of(String raw) {
        return new Email(raw == null ? null : raw.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
