package io.ordercore.bootstrap.infra;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.ordercore.application.port.out.PhoneNumbers;
import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.PhoneNumber;
import java.util.Optional;

/** {@link PhoneNumbers} with Google's libphonenumber: real numbering plans, E.164 output. */
public final class LibPhoneNumbers implements PhoneNumbers {

    private static final int MAX_INPUT = 64;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Override
    public Optional<PhoneNumber> normalize(String raw, CountryCode defaultCountry) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String region = defaultCountry == null ? "ZZ" : defaultCountry.value();
        try {
            Phonenumber.PhoneNumber parsed = util.parse(raw.trim(), region);
            if (!util.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
