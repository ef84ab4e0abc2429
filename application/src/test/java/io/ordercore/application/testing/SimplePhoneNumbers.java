package io.ordercore.application.testing;

import io.ordercore.application.port.out.PhoneNumbers;
import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.PhoneNumber;
import io.ordercore.domain.shared.ValidationException;
import java.util.Optional;

/**
 * A phone-number port without numbering-plan data: accepts international numbers (+ and 7..15
 * digits, separators ignored) and Russian national ones (8 and ten digits). Enough for tests and
 * for an embedding product that validates numbers elsewhere.
 */
public final class SimplePhoneNumbers implements PhoneNumbers {

    @Override
    public Optional<PhoneNumber> normalize(String raw, CountryCode defaultCountry) {
        String compact = raw == null ? "" : raw.replaceAll("[\\s()\\-.]", "");
        if (!compact.startsWith("+") && defaultCountry != null && defaultCountry.value().equals("RU")
                && compact.length() == 11 && compact.startsWith("8")) {
            compact = "+7" + compact.substring(1);
        }
        try {
            return Optional.of(new PhoneNumber(compact));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
