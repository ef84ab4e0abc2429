package io.ordercore.adapter.web.order;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A visitor placing an order signs in or registers on the way (PRODUCT.md A, inline sign-in). */
@MicronautTest
class InlineSignInOrderHttpTest {

    private final Api api;
    private final Fixtures fixtures;
    private final Sessions sessions;
    private final InMemoryCore memory;

    InlineSignInOrderHttpTest(Api api, Fixtures fixtures, Sessions sessions, InMemoryCore memory) {
        this.api = api;
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.memory = memory;
    }

    @Test
    void anUnknownEmailOpensAnAccountAndGetsAToken() {
        CallType type = fixtures.orderableCallType();

        Reply placed = api.post("/api/v1/orders", form(type, "new.visitor@example.com", null));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.flag("accountCreated")).isTrue();
        assertThat(placed.text("tokenType")).isEqualTo("Bearer");
        assertThat(placed.number("expiresIn")).isEqualTo(12 * 3600);
        assertThat(placed.text("account.email")).isEqualTo("new.visitor@example.com");
        assertThat(placed.text("account.role")).isEqualTo("CLIENT");
        Reply mine = api.as(placed.text("accessToken")).get("/api/v1/me/orders");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.numbers("items", "id")).containsExactly(placed.number("id"));
        assertThat(memory.outbox.all().stream()
                .filter(m -> m.notification().recipient().value().equals("new.visitor@example.com"))
                .anyMatch(m -> m.notification().secretParams().containsKey("password")))
                .as("the generated password is e-mailed").isTrue();
    }

    @Test
    void aKnownEmailWithoutPasswordIsAskedForItWithTheFormEchoed() {
        CallType type = fixtures.orderableCallType();
        fixtures.client("known.visitor@example.com");

        Reply reply = api.post("/api/v1/orders", """
                {"callTypeId": %d, "clientName": "Ivan Petrov", "clientEmail": "known.visitor@example.com",
                 "recipientName": "Maria", "recipientPhone": "8 916 123-45-67", "recipientCountry": "ru",
                 "recipientCity": "Moscow", "callDate": "2026-11-25", "windowStart": "10:00", "windowEnd": "12:30",
                 "preferredGender": "female", "wishes": "Sing, please", "anonymous": true, "consent": true,
                 "couponCode": "spring-25", "password": "", "pointId": 1}
                """.formatted(type.id().value()));

        assertProblem(reply, 401, "PASSWORD_REQUIRED");
        assertThat(reply.text("type")).isEqualTo("https://ordercore.io/problems/password-required");
        assertThat(reply.wwwAuthenticate()).isEqualTo("Bearer");
        assertThat(reply.number("submitted.callTypeId")).isEqualTo(type.id().value());
        assertThat(reply.text("submitted.clientName")).isEqualTo("Ivan Petrov");
        assertThat(reply.text("submitted.clientEmail")).isEqualTo("known.visitor@example.com");
        assertThat(reply.text("submitted.recipientName")).isEqualTo("Maria");
        assertThat(reply.text("submitted.recipientPhone")).isEqualTo("8 916 123-45-67");
        assertThat(reply.text("submitted.recipientCountry")).isEqualTo("ru");
        assertThat(reply.text("submitted.recipientCity")).isEqualTo("Moscow");
        assertThat(reply.text("submitted.callDate")).isEqualTo("2026-11-25");
        assertThat(reply.text("submitted.windowStart")).isEqualTo("10:00");
        assertThat(reply.text("submitted.windowEnd")).isEqualTo("12:30");
        assertThat(reply.text("submitted.preferredGender")).isEqualTo("female");
        assertThat(reply.text("submitted.wishes")).isEqualTo("Sing, please");
        assertThat(reply.flag("submitted.anonymous")).isTrue();
        assertThat(reply.flag("submitted.consent")).isTrue();
        assertThat(reply.text("submitted.couponCode")).isEqualTo("spring-25");
        assertThat(reply.number("submitted.pointId")).isEqualTo(1);
        assertThat(reply.has("submitted.password")).isFalse();
        assertThat(reply.has("accessToken")).isFalse();
    }

    @Test
    void theEchoHasEveryFieldOfTheFormButThePassword() {
        CallType type = fixtures.orderableCallType();
        fixtures.client("echo.visitor@example.com");

        Reply reply = api.post("/api/v1/orders", form(type, "echo.visitor@example.com", null));

        List<String> echoed = names(reply.at("submitted"));
        List<String> formFields = Arrays.stream(CallOrderForm.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("password")).toList();
        assertThat(echoed).containsExactlyInAnyOrderElementsOf(formFields);
    }

    @Test
    void aKnownEmailWithItsPasswordPlacesTheOrderAndSignsIn() {
        CallType type = fixtures.orderableCallType();
        Caller.SignedIn client = fixtures.client("returning.visitor@example.com");

        Reply placed = api.post("/api/v1/orders", form(type, "returning.visitor@example.com", InMemoryCore.PASSWORD));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.flag("accountCreated")).isFalse();
        assertThat(placed.number("account.id")).isEqualTo(client.id().value());
        assertThat(api.as(placed.text("accessToken")).get("/api/v1/me/orders/" + placed.number("id")).status())
                .isEqualTo(200);
    }

    @Test
    void aKnownEmailWithAWrongPasswordIs401() {
        CallType type = fixtures.orderableCallType();
        fixtures.client("forgetful.visitor@example.com");

        Reply reply = api.post("/api/v1/orders", form(type, "forgetful.visitor@example.com", "not-the-password"));

        assertProblem(reply, 401, "INVALID_CREDENTIALS");
        assertThat(reply.has("submitted")).isFalse();
    }

    @Test
    void aSignedInClientOrdersAsThemselvesWithoutANewToken() {
        CallType type = fixtures.orderableCallType();
        Caller.SignedIn client = sessions.account(Role.CLIENT);

        Reply placed = api.as(sessions.tokenOf(client)).post("/api/v1/orders",
                form(type, "someone.else@example.com", null));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.text("client.email")).isEqualTo(client.email().value());
        assertThat(placed.at("accessToken").isNull()).isTrue();
        assertThat(placed.at("account").isNull()).isTrue();
        assertThat(placed.flag("accountCreated")).isFalse();
        assertThat(memory.accounts.findByEmail(io.ordercore.domain.shared.Email.of("someone.else@example.com")))
                .isEmpty();
    }

    private static String form(CallType type, String email, String password) {
        return """
                {"callTypeId": %d, "clientName": "Ivan", "clientEmail": "%s", "recipientName": "Maria",
                 "recipientPhone": "+79161234567", "recipientCountry": "RU", "recipientCity": "Moscow",
                 "callDate": "2026-11-25", "windowStart": "10:00", "windowEnd": "12:00", "consent": true%s}
                """.formatted(type.id().value(), email, password == null ? "" : ", \"password\": \"" + password + "\"");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.entries().forEach(e -> names.add(e.getKey()));
        return names;
    }
}
