package io.ordercore.adapter.web.order;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.domain.catalog.CallType;
import org.junit.jupiter.api.Test;

/** A client placing a call order over HTTP (the clock says 2026-11-23 09:00 in Moscow). */
@MicronautTest
class PlaceOrderHttpTest {

    private static final String[] EVERY_FIELD_MISSING = {"callTypeId", "clientName", "clientEmail",
        "recipientName", "recipientCountry", "recipientPhone", "recipientCity", "callDate", "windowStart", "windowEnd",
        "consent"};

    private final Api api;
    private final Api admin;
    private final Fixtures fixtures;

    PlaceOrderHttpTest(Api api, Fixtures fixtures, Sessions sessions) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.fixtures = fixtures;
    }

    @Test
    void placesAnOrder() {
        CallType type = fixtures.orderableCallType();
        fixtures.superCoupon("SPRING25", 25, null);

        Reply reply = api.post("/api/v1/orders", """
                {"callTypeId": %d, "clientName": "Ivan Petrov", "clientEmail": "Ivan@Example.com",
                 "recipientName": "Maria", "recipientPhone": "8 916 123-45-67", "recipientCountry": "ru",
                 "recipientCity": "Moscow", "callDate": "2026-11-25", "windowStart": "10:00", "windowEnd": "12:30",
                 "preferredGender": "female", "wishes": "Sing, please", "anonymous": true, "consent": true,
                 "couponCode": "spring-25"}
                """.formatted(type.id().value()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.number("id")).isPositive();
        assertThat(reply.text("status")).isEqualTo("UNPAID");
        assertThat(reply.number("callType.id")).isEqualTo(type.id().value());
        assertThat(reply.text("callType.name")).isEqualTo("Birthday greeting");
        assertThat(reply.text("client.name")).isEqualTo("Ivan Petrov");
        assertThat(reply.text("client.email")).isEqualTo("ivan@example.com");
        assertThat(reply.text("recipient.name")).isEqualTo("Maria");
        assertThat(reply.text("recipient.phone")).isEqualTo("+79161234567");
        assertThat(reply.text("recipient.country")).isEqualTo("RU");
        assertThat(reply.text("recipient.city")).isEqualTo("Moscow");
        assertThat(reply.text("window.date")).isEqualTo("2026-11-25");
        assertThat(reply.text("window.start")).isEqualTo("10:00");
        assertThat(reply.text("window.end")).isEqualTo("12:30");
        assertThat(reply.text("window.timeZone")).isEqualTo("Europe/Moscow");
        assertThat(reply.text("window.startsAt")).isEqualTo("2026-11-25T07:00:00Z");
        assertThat(reply.text("window.endsAt")).isEqualTo("2026-11-25T09:30:00Z");
        assertThat(reply.text("preferredGender")).isEqualTo("FEMALE");
        assertThat(reply.text("wishes")).isEqualTo("Sing, please");
        assertThat(reply.flag("anonymous")).isTrue();
        assertThat(reply.text("couponCode")).isEqualTo("SPRING25");
        assertThat(reply.text("price.price.amount")).isEqualTo("1500.00");
        assertThat(reply.text("price.discount.amount")).isEqualTo("375.00");
        assertThat(reply.text("price.total.amount")).isEqualTo("1125.00");
        assertThat(reply.number("price.total.minor")).isEqualTo(112_500);
        assertThat(reply.text("price.coupon.code")).isEqualTo("SPRING25");
        assertThat(reply.text("price.coupon.kind")).isEqualTo("SUPER");
        assertThat(reply.number("price.coupon.percent")).isEqualTo(25);
        assertThat(reply.text("price.total.currency")).isEqualTo("RUB");
        assertThat(reply.text("createdAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(reply.has("history")).as("history is for administrators").isFalse();
        assertThat(reply.has("version")).isFalse();
    }

    @Test
    void optionalFieldsComeBackAsNull() {
        CallType type = fixtures.orderableCallType();

        Reply reply = api.post("/api/v1/orders", """
                {"callTypeId": %d, "clientName": "Ivan", "clientEmail": "olga@example.com", "recipientName": "Maria",
                 "recipientPhone": "+79161234567", "recipientCountry": "RU", "recipientCity": "Moscow",
                 "callDate": "2026-11-23", "windowStart": "18:00", "windowEnd": "19:00", "consent": true}
                """.formatted(type.id().value()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.text("wishes")).isNull();
        assertThat(reply.text("couponCode")).isNull();
        assertThat(reply.at("price.coupon").isNull()).isTrue();
        assertThat(reply.text("price.discount.amount")).isEqualTo("0.00");
        assertThat(reply.text("price.total.amount")).isEqualTo("1500.00");
        assertThat(reply.flag("anonymous")).isFalse();
        assertThat(reply.text("preferredGender")).isEqualTo("ANY");
    }

    @Test
    void noBodyListsEveryMissingField() {
        Reply reply = api.send(HttpRequest.POST("/api/v1/orders", "").contentType("application/json"));

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).containsExactly(EVERY_FIELD_MISSING);
        assertThat(reply.text("errors[0].code")).isEqualTo("REQUIRED");
        assertThat(reply.text("errors[10].code")).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void emptyObjectListsEveryMissingField() {
        Reply reply = api.post("/api/v1/orders", "{}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).containsExactly(EVERY_FIELD_MISSING);
        assertThat(reply.text("detail")).startsWith("Invalid input: callTypeId: is required; clientName: is required");
    }

    @Test
    void everyWrongValueIsReportedAtOnce() {
        CallType type = fixtures.orderableCallType();

        Reply reply = api.post("/api/v1/orders", """
                {"callTypeId": %d, "clientName": "Ivan", "clientEmail": "not-an-email", "recipientName": "Maria",
                 "recipientPhone": "12", "recipientCountry": "XX", "recipientCity": "Moscow",
                 "callDate": "2026-11-22", "windowStart": "10:00", "windowEnd": "12:00", "wishes": "%s",
                 "consent": false}
                """.formatted(type.id().value(), "w".repeat(601)));

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).containsExactly("clientEmail", "recipientCountry",
                "recipientPhone", "callDate", "wishes", "consent");
        assertThat(reply.texts("errors", "code")).containsExactly("INVALID_EMAIL", "INVALID_COUNTRY", "INVALID_PHONE",
                "DATE_IN_PAST", "TOO_LONG", "CONSENT_REQUIRED");
    }

    @Test
    void frozenCallTypeCannotBeOrdered() {
        CallType type = fixtures.orderableCallType();
        admin.post("/api/v1/admin/catalog/call-types/" + type.id().value() + "/freeze", "");

        Reply reply = api.post("/api/v1/orders", """
                {"callTypeId": %d, "clientName": "Ivan", "clientEmail": "ivan@example.com", "recipientName": "Maria",
                 "recipientPhone": "+79161234567", "recipientCountry": "RU", "recipientCity": "Moscow",
                 "callDate": "2026-11-25", "windowStart": "10:00", "windowEnd": "12:00", "consent": true}
                """.formatted(type.id().value()));

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.size("errors")).isEqualTo(1);
        assertThat(reply.text("errors[0].field")).isEqualTo("callTypeId");
        assertThat(reply.text("errors[0].code")).isEqualTo("CALL_TYPE_UNAVAILABLE");
    }
}
