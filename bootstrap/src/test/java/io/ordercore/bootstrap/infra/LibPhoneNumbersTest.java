package io.ordercore.bootstrap.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.PhoneNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LibPhoneNumbersTest {

    private final LibPhoneNumbers phones = new LibPhoneNumbers();

    @ParameterizedTest
    @CsvSource({
            "8 (916) 123-45-67, RU, +79161234567",
            "+7 916 123 45 67, RU, +79161234567",
            "+7 916 123 45 67, DE, +79161234567",
            "9161234567, RU, +79161234567",
            "8 701 123 4567, KZ, +77011234567",
            "030 123456, DE, +4930123456",
            "+44 20 7946 0958, RU, +442079460958"})
    void typedNumbersBecomeE164(String raw, String country, String e164) {
        assertThat(phones.normalize(raw, CountryCode.of(country))).contains(new PhoneNumber(e164));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+7 123", "not a phone", "8 (916) 123-45-67-89-00", "+0 123 456 789"})
    void invalidNumbersAreRefused(String raw) {
        assertThat(phones.normalize(raw, CountryCode.of("RU"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+79161234567", "+7 916 123-45-67"})
    void internationalNumbersNeedNoCountry(String raw) {
        assertThat(phones.normalize(raw, null)).contains(new PhoneNumber("+79161234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9161234567", ""})
    void nationalNumbersWithoutACountryAreRefused(String raw) {
        assertThat(phones.normalize(raw, null)).isEmpty();
    }
}
