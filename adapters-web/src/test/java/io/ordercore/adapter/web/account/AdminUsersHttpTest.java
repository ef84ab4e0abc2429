package io.ordercore.adapter.web.account;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.account.Role;
import org.junit.jupiter.api.Test;

/** Administrators and supervisors managing accounts. */
@MicronautTest
class AdminUsersHttpTest {

    private final Api api;
    private final Sessions sessions;

    AdminUsersHttpTest(Api api, Sessions sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    @Test
    void opensAnAccountWithAGeneratedPasswordAndShowsIt() {
        Api admin = api.as(sessions.admin());

        Reply created = admin.post("/api/v1/admin/users", "{\"email\": \"Op.One@example.com\", \"name\": \"Operator One\","
                + " \"role\": \"operator\", \"language\": \"EN\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("email")).isEqualTo("op.one@example.com");
        assertThat(created.text("role")).isEqualTo("OPERATOR");
        assertThat(created.at("pointId").isNull()).isTrue();
        assertThat(created.text("language")).isEqualTo("EN");
        assertThat(created.flag("blocked")).isFalse();
        assertThat(created.has("password")).isFalse();
        Reply shown = admin.get("/api/v1/admin/users/" + created.number("id"));
        assertThat(shown.text("name")).isEqualTo("Operator One");
    }

    @Test
    void everyBadFieldIsListed() {
        Reply reply = api.as(sessions.admin()).post("/api/v1/admin/users",
                "{\"email\": \"x\", \"role\": \"KING\", \"password\": \"short\"}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).contains("email", "name", "role", "password");
    }

    @Test
    void aSupervisorOpensClientsAndPointManagersButNotAdmins() {
        Api supervisor = api.as(sessions.token(Role.SUPERVISOR));

        Reply manager = supervisor.post("/api/v1/admin/users", "{\"email\": \"pm.sup@example.com\", \"name\": \"PM\","
                + " \"role\": \"POINT_MANAGER\", \"pointId\": 1}");
        Reply admin = supervisor.post("/api/v1/admin/users", "{\"email\": \"adm.sup@example.com\", \"name\": \"Adm\","
                + " \"role\": \"ADMIN\"}");

        assertThat(manager.status()).as(manager.body()).isEqualTo(201);
        assertProblem(admin, 403, "FORBIDDEN");
    }

    @Test
    void listsByFiltersAndPages() {
        Api admin = api.as(sessions.admin());
        for (String name : new String[] {"list.a", "list.b", "list.c"}) {
            admin.post("/api/v1/admin/users", "{\"email\": \"" + name + "@example.com\", \"name\": \"" + name
                    + "\", \"role\": \"CLIENT\", \"pointId\": 1}");
        }

        Reply first = admin.get("/api/v1/admin/users?emailPrefix=LIST.&limit=2");
        Reply second = admin.get("/api/v1/admin/users?emailPrefix=list.&limit=2&afterId=" + first.number("nextAfterId"));
        Reply byRole = admin.get("/api/v1/admin/users?role=client&pointId=1&emailPrefix=list.");
        Reply bad = admin.get("/api/v1/admin/users?role=KING&pointId=x&afterId=-1&limit=5000");

        assertThat(first.texts("items", "email")).containsExactly("list.a@example.com", "list.b@example.com");
        assertThat(second.texts("items", "email")).containsExactly("list.c@example.com");
        assertThat(second.at("nextAfterId").isNull()).isTrue();
        assertThat(byRole.size("items")).isEqualTo(3);
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.texts("errors", "field")).containsExactlyInAnyOrder("role", "pointId", "afterId", "limit");
    }

    @Test
    void setsRolesAndBlocksAndUnblocks() {
        Api admin = api.as(sessions.admin());
        Caller.SignedIn client = sessions.account(Role.CLIENT);

        Reply promoted = admin.put("/api/v1/admin/users/" + client.id() + "/role", "{\"role\": \"SITE_MANAGER\"}");
        Reply needsNoPoint = admin.put("/api/v1/admin/users/" + client.id() + "/role",
                "{\"role\": \"SUPERVISOR\", \"pointId\": 1}");
        Reply blocked = admin.post("/api/v1/admin/users/" + client.id() + "/block", "");
        Reply unblocked = admin.post("/api/v1/admin/users/" + client.id() + "/unblock", "");

        assertThat(promoted.text("role")).isEqualTo("SITE_MANAGER");
        assertThat(promoted.at("pointId").isNull()).isTrue();
        assertProblem(needsNoPoint, 400, "VALIDATION_FAILED");
        assertThat(blocked.flag("blocked")).isTrue();
        assertThat(unblocked.flag("blocked")).isFalse();
        assertProblem(admin.post("/api/v1/admin/users/0/block", ""), 404, "NOT_FOUND");
    }

    @Test
    void anAdministratorCannotBlockThemselves() {
        Caller.SignedIn admin = sessions.account(Role.ADMIN);

        Reply reply = api.as(sessions.tokenOf(admin)).post("/api/v1/admin/users/" + admin.id() + "/block", "");

        assertProblem(reply, 403, "FORBIDDEN");
    }
}
