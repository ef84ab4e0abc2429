package io.ordercore.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void check_returns_the_value_when_it_is_valid() {
        Validation v = new Validation();

        Email email = v.check("clientEmail", () -> Email.of("a@b.co"));

        assertThat(email).isEqualTo(Email.of("a@b.co"));
        assertThat(v.hasErrors()).isFalse();
        assertThatCode(v::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void check_records_the_error_under_the_form_field_name_and_goes_on() {
        Validation v = new Validation();

        Email email = v.check("clientEmail", () -> Email.of("nope"));
        CountryCode country = v.check("recipientCountry", () -> CountryCode.of("XX"));

        assertThat(email).isNull();
        assertThat(country).isNull();
        assertThat(v.errors()).extracting("field", "code").containsExactly(
                tuple("clientEmail", "INVALID_EMAIL"),
                tuple("recipientCountry", "INVALID_COUNTRY"));
        assertThat(v.hasErrorFor("clientEmail")).isTrue();
        assertThat(v.hasErrorFor("email")).isFalse();
    }

    @Test
    void check_does_not_swallow_other_exceptions() {
        Validation v = new Validation();

        assertThatThrownBy(() -> v.check("x", () -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(v.hasErrors()).isFalse();
    }

    @Test
    void verify_keeps_the_field_names_the_check_gives() {
        Validation v = new Validation();

        v.verify(() -> {
            throw new ValidationException(List.of(
                    new FieldError("callDate", "DATE_IN_PAST", "past"),
                    new FieldError("windowEnd", "WINDOW_PASSED", "over")));
        });
        v.verify(() -> { });

        assertThat(v.errors()).extracting("field", "code").containsExactly(
                tuple("callDate", "DATE_IN_PAST"), tuple("windowEnd", "WINDOW_PASSED"));
    }

    @Test
    void check_optional_skips_blank_input_without_running_the_factory() {
        Validation v = new Validation();
        AtomicBoolean ran = new AtomicBoolean();

        Optional<String> none = v.checkOptional("coupon", "   ", raw -> {
            ran.set(true);
            return raw;
        });
        Optional<String> nothing = v.checkOptional("coupon", null, raw -> raw);

        assertThat(none).isEmpty();
        assertThat(nothing).isEmpty();
        assertThat(ran).isFalse();
        assertThat(v.hasErrors()).isFalse();
    }

    @Test
    void check_optional_checks_present_input() {
        Validation v = new Validation();

        assertThat(v.checkOptional("country", "ru", CountryCode::of)).contains(new CountryCode("RU"));
        assertThat(v.checkOptional("country2", "zz", CountryCode::of)).isEmpty();
        assertThat(v.errors()).extracting("field").containsExactly("country2");
    }

    @Test
    void require_refuses_null_and_blank_strings_only() {
        Validation v = new Validation();

        assertThat(v.require("a", null)).isFalse();
        assertThat(v.require("b", " ")).isFalse();
        assertThat(v.require("c", "x")).isTrue();
        assertThat(v.require("d", 0L)).isTrue();
        assertThat(v.require("e", false)).isTrue();

        assertThat(v.errors()).extracting("field", "code").containsExactly(tuple("a", "REQUIRED"), tuple("b", "REQUIRED"));
    }

    @Test
    void throw_if_invalid_carries_every_error_in_order() {
        Validation v = new Validation();
        v.reject("one", "A", "first");
        v.check("two", () -> Text.required(null, 5));
        v.reject("three", "C", "third");

        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.errors()).extracting("field", "code")
                    .containsExactly(tuple("one", "A"), tuple("two", "REQUIRED"), tuple("three", "C"));
            assertThat(e.getMessage()).contains("one: first").contains("three: third");
        });
    }

    @Test
    void errors_is_a_copy() {
        Validation v = new Validation();
        v.reject("a", "X", "x");

        assertThatThrownBy(() -> v.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(v.errors()).hasSize(1);
    }

    @Test
    void a_validation_exception_needs_at_least_one_error() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void field_errors_need_every_part() {
        assertThatThrownBy(() -> new FieldError(null, "C", "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldError("f", null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldError("f", "C", null)).isInstanceOf(NullPointerException.class);
    }
}
