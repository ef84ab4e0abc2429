package io.ordercore.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Coupon codes: the look-alike-free alphabet, random generation, and how typed codes are read. */
class CouponCodeTest {

    private static Set<Character> chars(String text) {
        return text.chars().mapToObj(c -> (char) c).collect(Collectors.toSet());
    }

    @Test
    void the_alphabet_is_the_31_letters_and_digits_without_look_alikes() {
        Set<Character> expected = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        expected.removeAll(chars("0O1IL"));

        assertThat(CouponCode.ALPHABET).hasSize(31);
        assertThat(chars(CouponCode.ALPHABET)).as("no character twice").hasSize(31).isEqualTo(expected);
        assertThat(CouponCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void random_codes_are_12_characters_drawn_from_the_whole_alphabet_and_do_not_repeat() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            String code = CouponCode.random(random).value();
            assertThat(code).hasSize(CouponCode.GENERATED_LENGTH);
            assertThat(chars(code)).isSubsetOf(chars(CouponCode.ALPHABET));
            codes.add(code);
            seen.addAll(chars(code));
        }

        assertThat(CouponCode.GENERATED_LENGTH).isEqualTo(12);
        assertThat(codes).as("31^12 codes: 20 000 draws never collide").hasSize(draws);
        assertThat(seen).as("every character of the alphabet is used, none other").isEqualTo(chars(CouponCode.ALPHABET));
    }

    @Test
    void each_character_is_one_uniform_draw_over_the_alphabet() {
        Set<Integer> bounds = new HashSet<>();
        RandomGenerator lowest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                bounds.add(bound);
                return 0;
            }
        };
        RandomGenerator highest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return -1;
            }

            @Override
            public int nextInt(int bound) {
                bounds.add(bound);
                return bound - 1;
            }
        };

        assertThat(CouponCode.random(lowest).value()).isEqualTo("AAAAAAAAAAAA");
        assertThat(CouponCode.random(highest).value()).isEqualTo("999999999999");
        assertThat(bounds).containsExactly(31);
    }

    @Test
    void the_same_seed_gives_the_same_code_and_different_seeds_differ() {
        assertThat(CouponCode.random(new SplittableRandom(42))).isEqualTo(CouponCode.random(new SplittableRandom(42)));
        assertThat(CouponCode.random(new SplittableRandom(42))).isNotEqualTo(CouponCode.random(new SplittableRandom(43)));
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "abcd-efgh       | ABCDEFGH",
            "ABCDEFGH        | ABCDEFGH",
            "'  ab cd  ef gh '| ABCDEFGH",
            "'ab\tcd  ef'    | ABCDEF",
            "Spring-25       | SPRING25",
            "--a-b-c-d--     | ABCD",
            "x7k9-m2p4-q8r3  | X7K9M2P4Q8R3",
            "o0i1l           | O0I1L"})
    void typed_codes_ignore_case_spaces_and_dashes(String typed, String read) {
        assertThat(CouponCode.parse(typed)).isEqualTo(new CouponCode(read));
        assertThat(CouponCode.parse(typed).value()).isEqualTo(read);
        assertThat(CouponCode.parse(typed)).hasToString(read);
    }

    @Test
    void a_generated_code_typed_loosely_finds_itself() {
        CouponCode code = CouponCode.random(new SecureRandom());
        String v = code.value();
        String loose = " " + v.substring(0, 4).toLowerCase() + "-" + v.substring(4, 8) + " " + v.substring(8).toLowerCase();

        assertThat(CouponCode.parse(loose)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 12, 63, 64})
    void four_to_sixty_four_letters_and_digits_are_a_code(int length) {
        String value = "A1".repeat(40).substring(0, length);

        assertThat(new CouponCode(value).value()).isEqualTo(value);
        assertThat(CouponCode.parse(value.toLowerCase())).isEqualTo(new CouponCode(value));
    }

    @ParameterizedTest(name = "\"{0}\" is not a code")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "---", "abc", "a-b-c", "AB!C", "AB_CD", "AB.CD", "AB%C", "ÄPFEL25", "ABCД", "ABC١٢", "ABC\u00a0D"})
    void other_input_is_refused_as_an_invalid_coupon_code(String typed) {
        assertThatThrownBy(() -> CouponCode.parse(typed))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("couponCode", "INVALID_COUPON_CODE")));
    }

    @Test
    void sixty_five_characters_are_too_many() {
        assertThatThrownBy(() -> new CouponCode("A".repeat(65))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CouponCode.parse("a-".repeat(65))).isInstanceOf(ValidationException.class);
        assertThat(CouponCode.parse("a-".repeat(64)).value()).hasSize(64);
    }

    @Test
    void the_constructor_takes_codes_as_stored_upper_case_only() {
        assertThatThrownBy(() -> new CouponCode("abcd")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CouponCode("AB-CD")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CouponCode(" ABCD")).isInstanceOf(ValidationException.class);
    }
}
