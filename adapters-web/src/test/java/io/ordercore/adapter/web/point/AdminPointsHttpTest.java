package io.ordercore.adapter.web.point;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.account.Role;
import org.junit.jupiter.api.Test;

/** Supervisors creating points and giving them managers. */
@MicronautTest
class AdminPointsHttpTest {

    private final Api api;
    private final Sessions sessions;

    AdminPointsHttpTest(Api api, Sessions sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    @Test
    void createsUpdatesAndListsPoints() {
        Api supervisor = api.as(sessions.token(Role.SUPERVISOR));

        Reply created = supervisor.post("/api/v1/admin/points",
                "{\"name\": \"Kazan\", \"address\": \"Bauman st. 1\", \"contacts\": \"+7 843 000-00-00\"}");
        long id = created.number("id");
        Reply updated = supervisor.put("/api/v1/admin/points/" + id, "{\"name\": \"Kazan centre\","
                + " \"address\": \"Bauman st. 1\", \"contacts\": \"+7 843 000-00-00\", \"description\": \"Welcome\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.at("description").isNull()).isTrue();
        assertThat(updated.text("name")).isEqualTo("Kazan centre");
        assertThat(updated.text("description")).isEqualTo("Welcome");
        assertThat(supervisor.get("/api/v1/admin/points/" + id).text("name")).isEqualTo("Kazan centre");
        assertThat(supervisor.get("/api/v1/admin/points").texts("items", "name")).contains("Main point", "Kazan centre");
    }

    @Test
    void everyMissingFieldIsListed() {
        Reply reply = api.as(sessions.admin()).post("/api/v1/admin/points", "{}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).containsExactly("name", "address", "contacts");
    }

    @Test
    void assignsAManagerWhoThenSeesThePoint() {
        Api supervisor = api.as(sessions.token(Role.SUPERVISOR));
        long point = supervisor.post("/api/v1/admin/points",
                "{\"name\": \"Tula\", \"address\": \"Lenin sq. 2\", \"contacts\": \"+7 487 000-00-00\"}").number("id");
        Caller.SignedIn operator = sessions.account(Role.OPERATOR);

        Reply assigned = supervisor.post("/api/v1/admin/points/" + point + "/managers",
                "{\"accountId\": " + operator.id() + "}");

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.text("role")).isEqualTo("POINT_MANAGER");
        assertThat(assigned.number("pointId")).isEqualTo(point);
        Api manager = api.as(sessions.tokenOf(operator));
        assertThat(manager.get("/api/v1/admin/points").numbers("items", "id")).containsExactly(point);
        assertProblem(supervisor.post("/api/v1/admin/points/" + point + "/managers", "{}"), 400, "VALIDATION_FAILED");
    }
}
