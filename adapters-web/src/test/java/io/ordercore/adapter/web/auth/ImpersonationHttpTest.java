package io.ordercore.adapter.web.auth;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.Tokens;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import org.junit.jupiter.api.Test;

/** A supervisor acting as a client, audited under both names. */
@MicronautTest
class ImpersonationHttpTest {

    private final Api api;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final InMemoryCore memory;
    private final JsonMapper mapper;

    ImpersonationHttpTest(Api api, Sessions sessions, Fixtures fixtures, InMemoryCore memory, JsonMapper mapper) {
        this.api = api;
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.memory = memory;
        this.mapper = mapper;
    }

    @Test
    void aSupervisorActsAsAClientAndTheAuditNamesBoth() {
        Caller.SignedIn supervisor = sessions.account(Role.SUPERVISOR);
        Caller.SignedIn client = fixtures.client("olga.imp@example.com");
        Order order = fixtures.order(fixtures.orderableCallType(), "Olga", "olga.imp@example.com", "Pavel", "+79160000001");

        Reply acting = api.as(sessions.tokenOf(supervisor)).post("/api/v1/admin/impersonate",
                "{\"accountId\": " + client.id() + "}");

        assertThat(acting.status()).as(acting.body()).isEqualTo(200);
        assertThat(acting.number("account.id")).isEqualTo(client.id().value());
        assertThat(acting.number("impersonator.id")).isEqualTo(supervisor.id().value());
        assertThat(acting.text("impersonator.role")).isEqualTo("SUPERVISOR");
        String token = acting.text("accessToken");
        assertThat(Tokens.claims(mapper, token).get("imp").getStringValue()).isEqualTo(supervisor.id().toString());
        assertThat(Tokens.claims(mapper, token).get("sub").getStringValue()).isEqualTo(client.id().toString());
        Api asClient = api.as(token);
        assertThat(asClient.get("/api/v1/me").text("email")).isEqualTo("olga.imp@example.com");

        Reply repeated = asClient.post("/api/v1/me/orders/" + order.id() + "/repeat",
                "{\"callDate\": \"2026-11-27\", \"windowStart\": \"10:00\", \"windowEnd\": \"11:00\"}");

        assertThat(repeated.status()).as(repeated.body()).isEqualTo(201);
        AuditEntry entry = memory.audit.all().stream().filter(e -> e.action().equals("order.repeat")).findFirst()
                .orElseThrow();
        assertThat(entry.actor().label()).isEqualTo("olga.imp@example.com");
        assertThat(entry.actor().role()).contains(Role.CLIENT);
        assertThat(entry.impersonator()).isPresent();
        assertThat(entry.impersonator().get().label()).isEqualTo(supervisor.email().value());
        assertThat(entry.impersonator().get().role()).contains(Role.SUPERVISOR);
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        Reply audit = api.as(sessions.admin()).get("/api/v1/admin/audit?target=order:" + repeated.number("id"));
        assertThat(audit.text("items[0].actor.label")).isEqualTo("olga.imp@example.com");
        assertThat(audit.text("items[0].impersonator.label")).isEqualTo(supervisor.email().value());
        Reply started = api.as(sessions.admin()).get("/api/v1/admin/audit?actor=" + supervisor.email().value()
                + "&target=account:" + client.id());
        assertThat(started.text("items[0].action")).isEqualTo("auth.impersonate");
    }

    @Test
    void nobodyActsAsAnAdministrator() {
        Caller.SignedIn admin = sessions.account(Role.ADMIN);

        Reply bySupervisor = api.as(sessions.token(Role.SUPERVISOR)).post("/api/v1/admin/impersonate",
                "{\"accountId\": " + admin.id() + "}");
        Reply byAdmin = api.as(sessions.admin()).post("/api/v1/admin/impersonate", "{\"accountId\": " + admin.id() + "}");

        assertProblem(bySupervisor, 403, "FORBIDDEN");
        assertThat(bySupervisor.text("detail")).isEqualTo("Nobody may act as an administrator");
        assertProblem(byAdmin, 403, "FORBIDDEN");
    }

    @Test
    void nobodyImpersonatesWhileImpersonating() {
        Caller.SignedIn other = sessions.account(Role.SUPERVISOR);
        String acting = api.as(sessions.admin()).post("/api/v1/admin/impersonate",
                "{\"accountId\": " + other.id() + "}").text("accessToken");

        Reply again = api.as(acting).post("/api/v1/admin/impersonate",
                "{\"accountId\": " + sessions.account(Role.CLIENT).id() + "}");

        assertProblem(again, 403, "FORBIDDEN");
    }

    @Test
    void theTokenEndsWhenTheImpersonatorMayNoLongerImpersonate() {
        Caller.SignedIn supervisor = sessions.account(Role.SUPERVISOR);
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        String acting = api.as(sessions.tokenOf(supervisor)).post("/api/v1/admin/impersonate",
                "{\"accountId\": " + client.id() + "}").text("accessToken");
        assertThat(api.as(acting).get("/api/v1/me").status()).isEqualTo(200);

        api.as(sessions.admin()).post("/api/v1/admin/users/" + supervisor.id() + "/block", "");

        assertProblem(api.as(acting).get("/api/v1/me"), 401, "INVALID_TOKEN");
    }

    @Test
    void clientsCannotImpersonate() {
        Reply reply = api.as(sessions.token(Role.CLIENT)).post("/api/v1/admin/impersonate", "{\"accountId\": 1}");

        assertProblem(reply, 403, "FORBIDDEN");
    }

    @Test
    void theTargetIsRequired() {
        Reply reply = api.as(sessions.admin()).post("/api/v1/admin/impersonate", "{}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("accountId");
    }
}
