package io.ordercore.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void is_normalised_to_lower_case_and_trimmed() {
        assertThat(Email.of("  Ivan.Petrov@Example.COM ").value()).isEqualTo("ivan.petrov@example.com");
        assertThat(Email.of("IVAN@EXAMPLE.COM")).isEqualTo(Email.of("ivan@example.com"));
        assertThat(Email.of("ivan@example.com")).hasToString("ivan@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b.co",
            "ivan+orders@example.com",
            "first.last@sub.example.co.uk",
            "x_y-z@my-domain.ru",
            "o'neil@example.org",
            "user@xn--80ak6aa92e.com"
    })
    void accepts_ordinary_addresses(String raw) {
        assertThat(Email.of(raw).value()).isEqualTo(raw.toLowerCase());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "   ",
            "ivan",
            "ivan@",
            "@example.com",
            "ivan@example",            // no top-level domain
            "ivan@@example.com",
            "iv an@example.com",
            "ivan@exa mple.com",
            "ivan@-example.com",       // label starts with a dash
            "ivan@example-.com",       // label ends with a dash
            "ivan@example..com",
            "ivan@example.com.",
            "\"ivan\"@example.com",
            "ivan<x>@example.com",
            "ivan@exam_ple.com",
            "iv\u0000an@example.com",
            "iv\u007Fan@example.com"
    })
    void refuses_what_is_not_an_address(String raw) {
        assertThatThrownBy(() -> Email.of(raw)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("email");
                assertThat(error.code()).isEqualTo("INVALID_EMAIL");
            });
        });
    }

    @Test
    void local_part_is_at_most_64_characters() {
        assertThat(Email.of("a".repeat(64) + "@example.com").value()).startsWith("aaaa");
        assertThatThrownBy(() -> Email.of("a".repeat(65) + "@example.com")).isInstanceOf(ValidationException.class);
    }

    @Test
    void whole_address_is_at_most_254_characters() {
        String at254 = address(57);
        String at255 = address(58);

        assertThat(at254).hasSize(254);
        assertThat(at255).hasSize(255);
        assertThat(Email.of(at254).value()).isEqualTo(at254);
        assertThatThrownBy(() -> Email.of(at255)).isInstanceOf(ValidationException.class);
    }

    /** 64-char local part and a domain of labels that are each within 63 characters. */
    private static String address(int lastLabel) {
        return "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(lastLabel) + ".com";
    }
}
