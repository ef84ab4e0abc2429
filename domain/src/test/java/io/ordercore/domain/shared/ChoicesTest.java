package io.ordercore.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoicesTest {

    private enum Sample { ANY, MALE, FEMALE, OPERATOR_PROPOSED }

    @ParameterizedTest
    @CsvSource({
            "ANY, ANY",
            "male, MALE",
            "' Female ', FEMALE",
            "operator_proposed, OPERATOR_PROPOSED",
            "operator-proposed, OPERATOR_PROPOSED",
            "Operator-Proposed, OPERATOR_PROPOSED"
    })
    void parses_names_case_insensitively(String raw, Sample expected) {
        assertThat(Choices.parse(Sample.class, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "robot", "MAL", "operator proposed", "0"})
    void refuses_unknown_values_listing_the_allowed_ones(String raw) {
        assertThatThrownBy(() -> Choices.parse(Sample.class, raw)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("value");
                assertThat(error.code()).isEqualTo("INVALID_CHOICE");
                assertThat(error.message()).contains("ANY, MALE, FEMALE, OPERATOR_PROPOSED");
            });
        });
    }

    @Test
    void operator_gender_any_admits_everyone_others_only_their_own() {
        assertThat(OperatorGender.ANY.admits(Gender.MALE)).isTrue();
        assertThat(OperatorGender.ANY.admits(Gender.FEMALE)).isTrue();
        assertThat(OperatorGender.MALE.admits(Gender.MALE)).isTrue();
        assertThat(OperatorGender.MALE.admits(Gender.FEMALE)).isFalse();
        assertThat(OperatorGender.FEMALE.admits(Gender.FEMALE)).isTrue();
        assertThat(OperatorGender.FEMALE.admits(Gender.MALE)).isFalse();
    }
}
