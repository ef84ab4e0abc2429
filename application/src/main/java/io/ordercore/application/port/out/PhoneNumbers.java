package io.ordercore.application.port.out;

import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.PhoneNumber;
import java.util.Optional;

/**
 * Understands phone numbers as people type them ("8 916 123-45-67", "+7 (916) 1234567") using
 * numbering-plan data. Numbers without a country prefix are read in the recipient's country.
 */
public interface PhoneNumbers {

    /** The number in E.164 form, or empty when it is not a valid number for any country. */
    Optional<PhoneNumber> normalize(String raw, CountryCode defaultCountry);
}
