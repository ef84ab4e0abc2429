package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.testing.CallOrderForms;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field rule of the order form, one field at a time: an invalid value is reported under
 * exactly that field's name (and nothing else is reported), and nothing is stored.
 * Today is 2026-11-23, 09:00 Moscow.
 */
class PlaceCallOrderValidationTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(memory.core.manageCatalog()).birthdayGreeting().id().value();
    }

    private Order place(CallOrderForm form) {
        return memory.core.placeCallOrder().place(Caller.anonymous(), form).order();
    }

    private ValidationException refused(CallOrderForm form) {
        ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class, () -> place(form));
        assertThat(e).as("the form should be refused").isNotNull();
        assertThat(memory.orders.list(OrderListQuery.all()).items()).as("nothing stored").isEmpty();
        return e;
    }

    @Test
    void the_default_test_form_is_valid() {
        assertThat(place(aForm(callTypeId).build()).id().value()).isEqualTo(1);
    }

    @Test
    void an_empty_form_reports_every_required_field_at_once() {
        ValidationException e = refused(CallOrderForms.emptyForm());

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "callTypeId", "clientName", "clientEmail", "recipientName", "recipientPhone", "recipientCountry",
                "recipientCity", "callDate", "windowStart", "windowEnd", "consent");
        assertThat(e.errors()).filteredOn(error -> !error.field().equals("consent"))
                .extracting(FieldError::code).containsOnly("REQUIRED");
        assertThat(e.errors()).filteredOn(error -> error.field().equals("consent"))
                .extracting(FieldError::code).containsExactly("CONSENT_REQUIRED");
    }

    @Test
    void blank_strings_count_as_missing() {
        ValidationException e = refused(aForm(callTypeId)
                .with("clientName", " ").with("clientEmail", "").with("recipientPhone", "  ")
                .with("recipientCountry", "").with("callDate", " ").build());

        assertThat(e.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("clientName", "REQUIRED"), tuple("clientEmail", "REQUIRED"), tuple("recipientPhone", "REQUIRED"),
                tuple("recipientCountry", "REQUIRED"), tuple("callDate", "REQUIRED"));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                arguments("callTypeId", null, "REQUIRED"),
                arguments("callTypeId", 0L, "CALL_TYPE_UNAVAILABLE"),
                arguments("callTypeId", -7L, "CALL_TYPE_UNAVAILABLE"),
                arguments("callTypeId", 4242L, "CALL_TYPE_UNAVAILABLE"),
                arguments("clientName", null, "REQUIRED"),
                arguments("clientName", "x".repeat(101), "TOO_LONG"),
                arguments("clientName", "Iv\u0000an", "CONTROL_CHARACTER"),
                arguments("clientEmail", null, "REQUIRED"),
                arguments("clientEmail", "ivan", "INVALID_EMAIL"),
                arguments("clientEmail", "ivan@example", "INVALID_EMAIL"),
                arguments("clientEmail", "ivan@exa mple.com", "INVALID_EMAIL"),
                arguments("recipientName", "", "REQUIRED"),
                arguments("recipientName", "y".repeat(101), "TOO_LONG"),
                arguments("recipientPhone", null, "REQUIRED"),
                arguments("recipientPhone", "12345", "INVALID_PHONE"),
                arguments("recipientPhone", "+7 916", "INVALID_PHONE"),
                arguments("recipientPhone", "call me", "INVALID_PHONE"),
                arguments("recipientPhone", "8 916 123-45-6", "INVALID_PHONE"),
                arguments("recipientCountry", null, "REQUIRED"),
                arguments("recipientCountry", "XX", "INVALID_COUNTRY"),
                arguments("recipientCountry", "Russia", "INVALID_COUNTRY"),
                arguments("recipientCity", null, "REQUIRED"),
                arguments("recipientCity", "z".repeat(101), "TOO_LONG"),
                arguments("callDate", null, "REQUIRED"),
                arguments("callDate", "25.11.2026", "INVALID_DATE"),
                arguments("callDate", "2026-13-01", "INVALID_DATE"),
                arguments("callDate", "2026-02-30", "INVALID_DATE"),
                arguments("callDate", "tomorrow", "INVALID_DATE"),
                arguments("callDate", "2026-11-22", "DATE_IN_PAST"),
                arguments("callDate", "2026-10-30", "DATE_IN_PAST"),
                arguments("callDate", "2027-11-25", "DATE_TOO_FAR"),
                arguments("windowStart", null, "REQUIRED"),
                arguments("windowStart", "10", "INVALID_TIME"),
                arguments("windowStart", "9:00", "INVALID_TIME"),
                arguments("windowStart", "24:00", "INVALID_TIME"),
                arguments("windowStart", "10:00:00", "INVALID_TIME"),
                arguments("windowStart", "10.00", "INVALID_TIME"),
                arguments("windowEnd", null, "REQUIRED"),
                arguments("windowEnd", "12:60", "INVALID_TIME"),
                arguments("windowEnd", "noon", "INVALID_TIME"),
                arguments("windowEnd", "10:00", "WINDOW_NOT_AFTER_START"),
                arguments("windowEnd", "09:59", "WINDOW_NOT_AFTER_START"),
                arguments("preferredGender", "robot", "INVALID_CHOICE"),
                arguments("preferredGender", "M", "INVALID_CHOICE"),
                arguments("wishes", "w".repeat(601), "TOO_LONG"),
                arguments("wishes", "be\u0007ll", "CONTROL_CHARACTER"),
                arguments("consent", false, "CONSENT_REQUIRED"),
                arguments("consent", null, "CONSENT_REQUIRED"),
                arguments("couponCode", "AB!C", "INVALID_COUPON_CODE"),
                arguments("couponCode", "abc", "INVALID_COUPON_CODE"),
                arguments("couponCode", "ÄPFEL-25", "INVALID_COUPON_CODE"),
                arguments("couponCode", "C".repeat(65), "INVALID_COUPON_CODE"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("invalidFields")
    void an_invalid_value_is_reported_under_its_own_field_only(String field, Object value, String code) {
        ValidationException e = refused(aForm(callTypeId).with(field, value).build());

        assertThat(e.errors()).extracting("field", "code").containsExactly(tuple(field, code));
        assertThat(e.errors().get(0).message()).isNotBlank();
    }

    static Stream<Arguments> validEdgeValues() {
        return Stream.of(
                arguments("clientName", "x".repeat(100)),
                arguments("clientName", "\uD83D\uDE00".repeat(100)),
                arguments("recipientName", "Анна-Мария О'Нил"),
                arguments("recipientCity", "c".repeat(100)),
                arguments("recipientPhone", "+7 (916) 123-45-67"),
                arguments("recipientPhone", "89161234567"),
                arguments("recipientPhone", "+44 20 7183 8750"),
                arguments("recipientCountry", " ru "),
                arguments("callDate", "2026-11-23"),
                arguments("callDate", "2027-11-24"),
                arguments("callDate", " 2026-11-25 "),
                arguments("windowStart", "00:00"),
                arguments("windowStart", "11:59"),
                arguments("windowEnd", "23:59"),
                arguments("wishes", "w".repeat(600)),
                arguments("wishes", "line one\nline two"),
                arguments("preferredGender", "MALE"),
                arguments("consent", true),
                arguments("anonymous", true));
    }

    @ParameterizedTest(name = "{0} = {1} is fine")
    @MethodSource("validEdgeValues")
    void values_at_the_edges_are_accepted(String field, Object value) {
        assertThat(place(aForm(callTypeId).with(field, value).build()).status().name()).isEqualTo("UNPAID");
    }

    @Test
    void a_national_number_cannot_be_read_without_a_valid_country() {
        ValidationException e = refused(aForm(callTypeId)
                .with("recipientPhone", "8 916 123-45-67").with("recipientCountry", "XX").build());

        assertThat(e.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("recipientCountry", "INVALID_COUNTRY"), tuple("recipientPhone", "INVALID_PHONE"));
    }

    @Test
    void a_national_number_is_read_in_the_recipient_country() {
        ValidationException e = refused(aForm(callTypeId)
                .with("recipientPhone", "8 916 123-45-67").with("recipientCountry", "KZ").build());

        assertThat(e.errors()).extracting("field").containsExactly("recipientPhone");
        assertThat(e.errors().get(0).message()).contains("KZ");
    }

    @Test
    void both_malformed_times_are_reported_but_no_window_error_on_top() {
        ValidationException e = refused(aForm(callTypeId).window("2026-11-25", "25:00", "x").build());

        assertThat(e.errors()).extracting("field", "code").containsExactly(
                tuple("windowStart", "INVALID_TIME"), tuple("windowEnd", "INVALID_TIME"));
    }

    @Test
    void a_past_date_is_reported_even_when_the_window_itself_is_broken() {
        ValidationException e = refused(aForm(callTypeId).window("2026-11-20", "12:00", "11:00").build());

        assertThat(e.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("windowEnd", "WINDOW_NOT_AFTER_START"), tuple("callDate", "DATE_IN_PAST"));
    }

    @Test
    void a_past_date_is_reported_even_when_a_time_is_malformed() {
        ValidationException e = refused(aForm(callTypeId).window("2026-11-20", "9am", "11:00").build());

        assertThat(e.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("windowStart", "INVALID_TIME"), tuple("callDate", "DATE_IN_PAST"));
    }

    @Test
    void many_bad_fields_are_all_reported_together() {
        ValidationException e = refused(aForm(callTypeId)
                .with("clientName", "x".repeat(101))
                .with("clientEmail", "bad")
                .with("recipientCountry", "XX")
                .with("callDate", "2026-11-01")
                .with("wishes", "w".repeat(601))
                .with("consent", false)
                .with("couponCode", "!!")
                .with("preferredGender", "robot")
                .build());

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("clientName", "clientEmail",
                "recipientCountry", "callDate", "wishes", "consent", "couponCode", "preferredGender");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ABCD", "spring 25", "SPRING-25"})
    void a_well_formed_code_is_looked_up_and_an_unknown_one_is_a_field_error(String typed) {
        ValidationException e = refused(aForm(callTypeId).with("couponCode", typed).build());

        assertThat(e.errors()).extracting("field", "code").containsExactly(tuple("couponCode", "COUPON_UNKNOWN"));
    }
}
