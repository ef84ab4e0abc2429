package io.ordercore.adapter.persistence.support;

import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.PhoneNumber;
import java.util.Currency;
import java.util.Optional;

/** Conversions between value objects and column values, shared by the MapStruct mappers. */
public final class ValueMappings {

    private ValueMappings() {
    }

    public static String unwrap(Optional<String> value) {
        return value.orElse(null);
    }

    public static Optional<String> wrap(String value) {
        return Optional.ofNullable(value);
    }

    public static String email(Email email) {
        return email.value();
    }

    public static String phone(PhoneNumber phone) {
        return phone.e164();
    }

    public static String country(CountryCode country) {
        return country.value();
    }

    public static String currency(Currency currency) {
        return currency.getCurrencyCode();
    }
}
