package io.ordercore.adapter.web.audit;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.domain.account.Role;
import org.junit.jupiter.api.Test;

/** The audit log over HTTP: every state-changing call leaves an entry, refused ones too. */
@MicronautTest
class AdminAuditHttpTest {

    private final Api api;
    private final Sessions sessions;

    AdminAuditHttpTest(Api api, Sessions sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    @Test
    void recordsWhoDidWhatAndHowItEnded() {
        Api admin = api.as(sessions.admin());
        long point = admin.post("/api/v1/admin/points",
                "{\"name\": \"Audited\", \"address\": \"Somewhere 1\", \"contacts\": \"none\"}").number("id");
        admin.put("/api/v1/admin/points/" + point, "{}");

        Reply entries = admin.get("/api/v1/admin/audit?target=point:" + point);

        assertThat(entries.status()).isEqualTo(200);
        assertThat(entries.texts("items", "action")).containsExactly("point.update", "point.create");
        assertThat(entries.texts("items", "outcome")).containsExactly("REFUSED", "OK");
        assertThat(entries.text("items[0].errorCode")).isEqualTo("VALIDATION_FAILED");
        assertThat(entries.text("items[1].actor.label")).isEqualTo("admin@ordercore.test");
        assertThat(entries.text("items[1].actor.role")).isEqualTo("ADMIN");
        assertThat(entries.at("items[1].impersonator").isNull()).isTrue();
        assertThat(entries.text("items[1].at")).isEqualTo("2026-11-23T06:00:00Z");
    }

    @Test
    void pagesNewestFirstAndChecksItsFilters() {
        Api admin = api.as(sessions.admin());
        for (int i = 0; i < 3; i++) {
            admin.post("/api/v1/admin/talents", "{\"name\": \"Audit talent " + i + "\"}");
        }

        Reply first = admin.get("/api/v1/admin/audit?target=talent:&limit=2&since=2026-11-23");
        Reply rest = admin.get("/api/v1/admin/audit?target=talent:&before=" + first.number("nextBefore"));
        Reply bad = admin.get("/api/v1/admin/audit?since=yesterday&before=x&limit=0");

        assertThat(first.size("items")).isEqualTo(2);
        assertThat(rest.size("items")).isEqualTo(1);
        assertThat(first.number("items[0].id")).isGreaterThan(first.number("items[1].id"));
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.texts("errors", "field")).containsExactlyInAnyOrder("since", "before", "limit");
    }

    @Test
    void onlyAdministratorsReadIt() {
        assertProblem(api.as(sessions.token(Role.SUPERVISOR)).get("/api/v1/admin/audit"), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/admin/audit"), 401, "SIGN_IN_REQUIRED");
    }
}
