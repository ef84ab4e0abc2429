package io.ordercore.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two chars

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("code").containsExactly(code));
    }

    @Test
    void required_text_is_trimmed() {
        assertThat(Text.required("  Ivan  ", 10)).isEqualTo("Ivan");
        assertThat(Text.required("Ivan\tPetrov", 20)).isEqualTo("Ivan\tPetrov");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void required_text_refuses_nothing(String raw) {
        assertRefused(() -> Text.required(raw, 10), "REQUIRED");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void optional_text_turns_nothing_into_null(String raw) {
        assertThat(Text.optional(raw, 10)).isNull();
    }

    @Test
    void optional_text_is_trimmed_and_bounded() {
        assertThat(Text.optional(" hi ", 2)).isEqualTo("hi");
        assertRefused(() -> Text.optional("abc", 2), "TOO_LONG");
    }

    @Test
    void length_is_counted_after_trimming() {
        assertThat(Text.required("   " + "a".repeat(5) + "   ", 5)).hasSize(5);
    }

    @Test
    void the_maximum_is_inclusive() {
        assertThat(Text.required("a".repeat(255), 255)).hasSize(255);
        assertRefused(() -> Text.required("a".repeat(256), 255), "TOO_LONG");
    }

    @Test
    void length_is_counted_in_code_points_not_chars() {
        String hundredEmoji = EMOJI.repeat(100);
        assertThat(hundredEmoji.length()).isEqualTo(200);

        assertThat(Text.required(hundredEmoji, 100)).isEqualTo(hundredEmoji);
        assertRefused(() -> Text.required(EMOJI.repeat(101), 100), "TOO_LONG");
        assertThat(Text.required("Привет", 6)).isEqualTo("Привет");
    }

    @Test
    void the_too_long_message_says_the_limit_and_the_length() {
        assertThatThrownBy(() -> Text.required("abcdef", 5))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().get(0).message()).contains("5").contains("6"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "Ivan\u0000", "\u0007Ivan"})
    void control_characters_are_refused(String raw) {
        assertRefused(() -> Text.required(raw, 100), "CONTROL_CHARACTER");
        assertRefused(() -> Text.optional(raw, 100), "CONTROL_CHARACTER");
    }

    @Test
    void line_breaks_and_tabs_are_allowed_inside() {
        assertThat(Text.optional("line one\r\nline\ttwo", 100)).isEqualTo("line one\r\nline\ttwo");
    }
}
