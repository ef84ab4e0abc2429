package io.ordercore.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+79161234567", "+1234567", "+123456789012345", "+442071838750"})
    void accepts_e164(String raw) {
        assertThat(new PhoneNumber(raw).e164()).isEqualTo(raw);
        assertThat(new PhoneNumber(raw)).hasToString(raw);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "79161234567",          // no plus
            "+0123456789",          // country codes never start with 0
            "+123456",              // 6 digits: too short
            "+1234567890123456",    // 16 digits: too long
            "+7 916 123 45 67",     // separators belong to the PhoneNumbers port, not here
            "+7(916)1234567",
            "+7916123456a",
            "++79161234567",
            " +79161234567"
    })
    void refuses_anything_else(String raw) {
        assertThatThrownBy(() -> new PhoneNumber(raw)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field", "code")
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("phone", "INVALID_PHONE")));
    }
}
