package io.ordercore.adapter.web.auth;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import org.junit.jupiter.api.Test;

/** A visitor opening a client account. */
@MicronautTest
class RegisterHttpTest {

    private final Api api;

    RegisterHttpTest(Api api) {
        this.api = api;
    }

    @Test
    void registersAClientAndSignsThemIn() {
        Reply reply = register("Anna@Example.com", "Anna", "quiet-harbour-lantern");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.text("account.email")).isEqualTo("anna@example.com");
        assertThat(reply.text("account.role")).isEqualTo("CLIENT");
        assertThat(reply.number("account.pointId")).isEqualTo(1);
        assertThat(reply.text("account.language")).isEqualTo("RU");
        Reply me = api.as(reply.text("accessToken")).get("/api/v1/me");
        assertThat(me.text("email")).isEqualTo("anna@example.com");
        Reply signIn = api.post("/api/v1/auth/sign-in",
                "{\"email\": \"anna@example.com\", \"password\": \"quiet-harbour-lantern\"}");
        assertThat(signIn.status()).isEqualTo(200);
    }

    @Test
    void aTakenEmailIs409() {
        register("boris@example.com", "Boris", "quiet-harbour-lantern");

        Reply again = register("BORIS@example.com", "Boris again", "another-long-secret");

        assertProblem(again, 409, "EMAIL_TAKEN");
    }

    @Test
    void aWeakPasswordIs400NamingTheRule() {
        Reply tooShort = register("carl@example.com", "Carl", "short");
        Reply common = register("carl@example.com", "Carl", "password123");
        Reply ownEmail = register("carlsson@example.com", "Carl", "carlsson-2026");

        assertProblem(tooShort, 400, "VALIDATION_FAILED");
        assertThat(tooShort.text("errors[0].field")).isEqualTo("password");
        assertThat(tooShort.text("errors[0].code")).isEqualTo("TOO_SHORT");
        assertThat(tooShort.text("errors[0].message")).isEqualTo("must be at least 10 characters");
        assertThat(common.text("errors[0].code")).isEqualTo("TOO_COMMON");
        assertThat(ownEmail.text("errors[0].code")).isEqualTo("CONTAINS_EMAIL");
        assertThat(tooShort.body()).doesNotContain("\"short\"");
    }

    @Test
    void aMalformedEmailIs400() {
        Reply reply = register("not-an-email", "Dina", "quiet-harbour-lantern");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("email");
        assertThat(reply.text("errors[0].code")).isEqualTo("INVALID_EMAIL");
    }

    @Test
    void everyMissingFieldIsListed() {
        Reply reply = api.post("/api/v1/auth/register", "{\"pointId\": 424242, \"language\": \"fr\"}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).containsExactlyInAnyOrder("email", "name", "password", "language",
                "pointId");
    }

    private Reply register(String email, String name, String password) {
        return api.post("/api/v1/auth/register",
                "{\"email\": \"" + email + "\", \"name\": \"" + name + "\", \"password\": \"" + password + "\"}");
    }
}
