package io.ordercore.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +79161234567}). Deciding whether a number really exists in
 * its country needs numbering-plan data and is done by the {@code PhoneNumbers} port before a
 * value of this type is made.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw ValidationException.of("phone", "INVALID_PHONE", "must be a phone number in international format, e.g. +79161234567");
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
