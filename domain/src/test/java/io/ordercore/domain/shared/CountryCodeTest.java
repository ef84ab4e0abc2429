package io.ordercore.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @CsvSource({"RU, RU", "ru, RU", " kz , KZ", "De, DE", "by, BY"})
    void of_normalises_to_upper_case(String raw, String expected) {
        assertThat(CountryCode.of(raw).value()).isEqualTo(expected);
        assertThat(CountryCode.of(raw)).hasToString(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "XX", "RUS", "R", "SU", "12", "R U"})
    void refuses_what_is_not_an_iso_3166_alpha_2_code(String raw) {
        assertThatThrownBy(() -> CountryCode.of(raw)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("country");
                    assertThat(error.code()).isEqualTo("INVALID_COUNTRY");
                }));
    }

    @Test
    void the_constructor_takes_the_canonical_form_only() {
        assertThat(new CountryCode("RU")).isEqualTo(CountryCode.of("ru"));
        assertThatThrownBy(() -> new CountryCode("ru")).isInstanceOf(ValidationException.class);
    }
}
