package io.ordercore.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the password policy at its boundary; the owner is ivan.petrov@example.com. */
class PasswordPolicyTest {

    private static final Email OWNER = Email.of("ivan.petrov@example.com");

    private static FieldError refusal(String password, Email owner) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> PasswordPolicy.check(password, owner));
        assertThat(e).as("%s should be refused", password).isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "k7#Lm2!qZ,            TOO_SHORT",
            "'',                   TOO_SHORT",
            "1234567890,           TOO_COMMON",
            "QWERTYUIOP,           TOO_COMMON",
            "Password123,          TOO_COMMON",
            "ordercore123,         TOO_COMMON",
            "aaaaaaaaaa,           TOO_SIMPLE",
            "ZZZZZZZZZZZZZZZZ,     TOO_SIMPLE",
            "abababababab,         TOO_SIMPLE",
            "abcdefghijk,          TOO_SIMPLE",
            "ABCDEFGHIJKL,         TOO_SIMPLE",
            "zyxwvutsrqpo,         TOO_SIMPLE",
            "9876543210,           TOO_SIMPLE",
            "0987654321,           TOO_COMMON",
            "ivan.petrov@example.com, CONTAINS_EMAIL",
            "IVAN.PETROV,          CONTAINS_EMAIL",
            "my-ivan.petrov-2026,  CONTAINS_EMAIL"
    })
    void a_weak_password_is_refused_with_the_rule_that_refused_it(String password, String code) {
        FieldError error = refusal(password, OWNER);

        assertThat(error.field()).isEqualTo("password");
        assertThat(error.code()).isEqualTo(code);
        if (!password.isEmpty()) {
            assertThat(error.message()).doesNotContain(password);
        }
    }

    @Test
    void a_missing_password_is_too_short() {
        assertThat(refusal(null, OWNER).code()).isEqualTo("TOO_SHORT");
    }

    @Test
    void ten_characters_is_the_minimum_and_128_the_maximum() {
        assertThatCode(() -> PasswordPolicy.check("k7#Lm2!qZx", OWNER)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("k7#Lm2!qZx".repeat(12) + "k7#Lm2!q", OWNER)).doesNotThrowAnyException();
        assertThat(refusal("k7#Lm2!qZx".repeat(12) + "k7#Lm2!qZ", OWNER).code()).isEqualTo("TOO_LONG");
        assertThat(PasswordPolicy.MIN_LENGTH).isEqualTo(10);
        assertThat(PasswordPolicy.MAX_LENGTH).isEqualTo(128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "aab0000000", "1234567899", "abcdefghiz", "Tundra-Kettle-42", "только-кириллица"})
    void ordinary_passwords_pass(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, OWNER)).doesNotThrowAnyException();
    }

    @Test
    void three_different_characters_are_enough_to_not_be_a_repeat() {
        assertThatCode(() -> PasswordPolicy.check("aabbccaabbcc", OWNER)).doesNotThrowAnyException();
        assertThat(refusal("aabbaabbaabb", OWNER).code()).isEqualTo("TOO_SIMPLE");
    }

    @Test
    void a_short_name_part_counts_only_when_it_is_the_whole_password() {
        Email bob = Email.of("bob@example.com");

        assertThatCode(() -> PasswordPolicy.check("bobs-secret-garden", bob)).doesNotThrowAnyException();
        assertThat(refusal("bob@example.com", bob).code()).isEqualTo("CONTAINS_EMAIL");
    }

    @Test
    void without_an_owner_the_email_rule_is_skipped() {
        assertThatCode(() -> PasswordPolicy.check("ivan.petrov-2026", null)).doesNotThrowAnyException();
        assertThat(refusal("ivan.petrov-2026", OWNER).code()).isEqualTo("CONTAINS_EMAIL");
    }
}
