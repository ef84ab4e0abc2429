package io.ordercore.adapter.web.auth;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.Tokens;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in, and every way a token stops being accepted. */
@MicronautTest
class SignInHttpTest {

    private static final String NEW_PASSWORD = "violet-kettle-sunrise";

    private final Api api;
    private final Sessions sessions;
    private final InMemoryCore memory;
    private final JsonMapper mapper;
    private final JwtTokenGenerator generator;

    SignInHttpTest(Api api, Sessions sessions, InMemoryCore memory, JsonMapper mapper, JwtTokenGenerator generator) {
        this.api = api;
        this.sessions = sessions;
        this.memory = memory;
        this.mapper = mapper;
        this.generator = generator;
    }

    @Test
    void signInGivesABearerTokenForTheAccount() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);

        Reply reply = signIn(client.email().value().toUpperCase(), InMemoryCore.PASSWORD);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.text("tokenType")).isEqualTo("Bearer");
        assertThat(reply.number("expiresIn")).isEqualTo(12 * 3600);
        assertThat(reply.number("account.id")).isEqualTo(client.id().value());
        assertThat(reply.text("account.email")).isEqualTo(client.email().value());
        assertThat(reply.text("account.name")).isEqualTo("client");
        assertThat(reply.text("account.role")).isEqualTo("CLIENT");
        assertThat(reply.number("account.pointId")).isEqualTo(1);
        assertThat(reply.at("impersonator").isNull()).isTrue();
        String token = reply.text("accessToken");
        Reply me = api.as(token).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.number("id")).isEqualTo(client.id().value());
    }

    @Test
    void tokenCarriesTheAccountItsCredentialsVersionAndAnId() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        String token = signIn(client.email().value(), InMemoryCore.PASSWORD).text("accessToken");

        JsonNode claims = Tokens.claims(mapper, token);

        assertThat(claims.get("sub").getStringValue()).isEqualTo(client.id().toString());
        assertThat(claims.get("cv").getIntValue()).isEqualTo(1);
        assertThat(claims.get("roles").get(0).getStringValue()).isEqualTo("CLIENT");
        assertThat(claims.get("jti").getStringValue()).hasSize(36);
        assertThat(claims.get("exp").getLongValue() - claims.get("iat").getLongValue()).isEqualTo(12 * 3600);
        assertThat(claims.get("imp")).isNull();
        String other = signIn(client.email().value(), InMemoryCore.PASSWORD).text("accessToken");
        assertThat(Tokens.claims(mapper, other).get("jti").getStringValue())
                .isNotEqualTo(claims.get("jti").getStringValue());
    }

    @Test
    void wrongPasswordAndUnknownEmailAnswerAlike() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);

        Reply wrongPassword = signIn(client.email().value(), "not-the-password");
        Reply unknownEmail = signIn("nobody-here@example.com", "not-the-password");
        Reply malformedEmail = signIn("nobody", "not-the-password");

        assertProblem(wrongPassword, 401, "INVALID_CREDENTIALS");
        assertThat(wrongPassword.wwwAuthenticate()).isEqualTo("Bearer");
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(malformedEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.body()).doesNotContain(client.email().value());
    }

    @Test
    void tenWrongPasswordsLockTheAccountWithTheSameAnswer() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        String expected = signIn(client.email().value(), "wrong-password-0").body();
        for (int i = 1; i < 10; i++) {
            assertThat(signIn(client.email().value(), "wrong-password-" + i).body()).isEqualTo(expected);
        }

        Reply rightPassword = signIn(client.email().value(), InMemoryCore.PASSWORD);

        assertProblem(rightPassword, 401, "INVALID_CREDENTIALS");
        assertThat(rightPassword.body()).isEqualTo(expected);
        assertThat(memory.accounts.find(client.id()).orElseThrow().lockedUntil()).isPresent();
    }

    @Test
    void noTokenOnAProtectedRouteIs401() {
        Reply reply = api.get("/api/v1/me");

        assertProblem(reply, 401, "SIGN_IN_REQUIRED");
        assertThat(reply.wwwAuthenticate()).isEqualTo("Bearer");
    }

    @Test
    void tokenStopsWorkingAfterAPasswordChange() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        String old = signIn(client.email().value(), InMemoryCore.PASSWORD).text("accessToken");

        Reply changed = api.as(old).put("/api/v1/auth/password",
                "{\"oldPassword\": \"" + InMemoryCore.PASSWORD + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Reply refused = api.as(old).get("/api/v1/me");
        assertProblem(refused, 401, "INVALID_TOKEN");
        assertThat(refused.wwwAuthenticate()).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(api.as(changed.text("accessToken")).get("/api/v1/me").status()).isEqualTo(200);
        assertProblem(signIn(client.email().value(), InMemoryCore.PASSWORD), 401, "INVALID_CREDENTIALS");
        assertThat(signIn(client.email().value(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void passwordChangeNeedsTheOldPasswordAndAStrongNewOne() {
        String token = sessions.token(Role.CLIENT);

        Reply wrongOld = api.as(token).put("/api/v1/auth/password",
                "{\"oldPassword\": \"not-it-at-all\", \"newPassword\": \"" + NEW_PASSWORD + "\"}");
        Reply weak = api.as(token).put("/api/v1/auth/password",
                "{\"oldPassword\": \"" + InMemoryCore.PASSWORD + "\", \"newPassword\": \"qwertyuiop\"}");

        assertProblem(wrongOld, 401, "INVALID_CREDENTIALS");
        assertProblem(weak, 400, "VALIDATION_FAILED");
        assertThat(weak.text("errors[0].field")).isEqualTo("newPassword");
        assertThat(weak.text("errors[0].code")).isEqualTo("TOO_COMMON");
        assertThat(api.as(token).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void tamperedTokensAre401() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        String token = sessions.tokenOf(client);
        String asAdmin = Tokens.withPayload(token, "{\"sub\":\"" + client.id() + "\",\"cv\":1,\"roles\":[\"ADMIN\"],"
                + "\"jti\":\"x\",\"exp\":4102444800}");

        assertProblem(api.as(Tokens.withFlippedSignature(token)).get("/api/v1/me"), 401, "INVALID_TOKEN");
        assertProblem(api.as(asAdmin).get("/api/v1/admin/audit"), 401, "INVALID_TOKEN");
        assertProblem(api.as("not-a-token").get("/api/v1/me"), 401, "INVALID_TOKEN");
        assertThat(api.as(token).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenThatDoesNotVerifyIsRefusedEvenWherePublic() {
        Reply reply = api.as(Tokens.withFlippedSignature(sessions.token(Role.CLIENT))).post("/api/v1/orders", "{}");

        assertProblem(reply, 401, "INVALID_TOKEN");
    }

    @Test
    void expiredTokenIs401() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        Instant issued = Instant.now().minusSeconds(7200);
        String expired = generator.generateToken(Map.of("sub", client.id().toString(), "cv", 1,
                "roles", List.of("CLIENT"), "jti", "expired-token", "iat", Date.from(issued),
                "exp", Date.from(issued.plusSeconds(3600)))).orElseThrow();

        assertProblem(api.as(expired).get("/api/v1/me"), 401, "INVALID_TOKEN");
    }

    @Test
    void signOutEndsThatTokenOnly() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        String first = signIn(client.email().value(), InMemoryCore.PASSWORD).text("accessToken");
        String second = signIn(client.email().value(), InMemoryCore.PASSWORD).text("accessToken");

        assertThat(api.as(first).post("/api/v1/auth/sign-out", "").status()).isEqualTo(204);

        assertProblem(api.as(first).get("/api/v1/me"), 401, "INVALID_TOKEN");
        assertProblem(api.as(first).post("/api/v1/auth/sign-out", ""), 401, "INVALID_TOKEN");
        assertThat(api.as(second).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void blockingAnAccountOrChangingItsRoleEndsItsTokens() {
        String admin = sessions.admin();
        Caller.SignedIn blocked = sessions.account(Role.CLIENT);
        String blockedToken = sessions.tokenOf(blocked);
        Caller.SignedIn promoted = sessions.account(Role.CLIENT);
        String promotedToken = sessions.tokenOf(promoted);

        assertThat(api.as(admin).post("/api/v1/admin/users/" + blocked.id() + "/block", "").status()).isEqualTo(200);
        assertThat(api.as(admin).put("/api/v1/admin/users/" + promoted.id() + "/role",
                "{\"role\": \"OPERATOR\"}").status()).isEqualTo(200);

        assertProblem(api.as(blockedToken).get("/api/v1/me"), 401, "INVALID_TOKEN");
        assertProblem(signIn(blocked.email().value(), InMemoryCore.PASSWORD), 401, "INVALID_CREDENTIALS");
        assertProblem(api.as(promotedToken).get("/api/v1/me"), 401, "INVALID_TOKEN");
        Reply again = signIn(promoted.email().value(), InMemoryCore.PASSWORD);
        assertThat(again.text("account.role")).isEqualTo("OPERATOR");
        assertThat(api.as(again.text("accessToken")).get("/api/v1/admin/orders").status()).isEqualTo(200);
    }

    private Reply signIn(String email, String password) {
        return api.post("/api/v1/auth/sign-in", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    }
}
