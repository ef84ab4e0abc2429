package io.ordercore.adapter.web.account;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.point.PointId;
import org.junit.jupiter.api.Test;

/**
 * Staff see their part only: a point manager their point's orders, clients and managers (others'
 * answer 404), an operator the orders given to them; supervisors, site managers and admins all.
 */
@MicronautTest
class PointScopingHttpTest {

    private final Api api;
    private final Fixtures fixtures;
    private final Sessions sessions;
    private final InMemoryCore memory;

    PointScopingHttpTest(Api api, Fixtures fixtures, Sessions sessions, InMemoryCore memory) {
        this.api = api;
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.memory = memory;
    }

    @Test
    void aPointManagerSeesOnlyTheirPointsOrdersAndAccounts() {
        PointId north = memory.newPoint("North");
        CallType type = fixtures.orderableCallType();
        Caller.SignedIn northClient = memory.signedIn(Role.CLIENT, "north.client@example.com", north);
        Order northOrder = fixtures.order(type, "North", "north.client@example.com", "Anna", "+79160000001");
        Order mainOrder = fixtures.order(type, "Main", "main.client@example.com", "Boris", "+79160000002");
        Caller.SignedIn mainClient = fixtures.client("main.client@example.com");
        Api manager = api.as(sessions.tokenOf(sessions.account(Role.POINT_MANAGER, north)));

        Reply orders = manager.get("/api/v1/admin/orders?clientEmail=");
        Reply users = manager.get("/api/v1/admin/users");

        assertThat(orders.numbers("items", "id")).containsExactly(northOrder.id().value());
        assertThat(manager.get("/api/v1/admin/orders/" + northOrder.id()).status()).isEqualTo(200);
        assertProblem(manager.get("/api/v1/admin/orders/" + mainOrder.id()), 404, "NOT_FOUND");
        assertThat(users.numbers("items", "pointId")).containsOnly(north.value());
        assertThat(users.numbers("items", "id")).contains(northClient.id().value())
                .doesNotContain(mainClient.id().value());
        assertThat(manager.get("/api/v1/admin/users/" + northClient.id()).status()).isEqualTo(200);
        assertProblem(manager.get("/api/v1/admin/users/" + mainClient.id()), 404, "NOT_FOUND");
        assertThat(manager.get("/api/v1/admin/points").numbers("items", "id")).containsExactly(north.value());
        assertProblem(manager.get("/api/v1/admin/points/" + InMemoryCore.MAIN_POINT), 404, "NOT_FOUND");
    }

    @Test
    void aPointManagerOpensClientsOfTheirOwnPointOnly() {
        PointId south = memory.newPoint("South");
        Api manager = api.as(sessions.tokenOf(sessions.account(Role.POINT_MANAGER, south)));

        Reply own = manager.post("/api/v1/admin/users", "{\"email\": \"south.new@example.com\", \"name\": \"New\","
                + " \"role\": \"CLIENT\", \"pointId\": " + south + "}");
        Reply otherPoint = manager.post("/api/v1/admin/users", "{\"email\": \"main.new@example.com\", \"name\": \"New\","
                + " \"role\": \"CLIENT\", \"pointId\": 1}");
        Reply manager2 = manager.post("/api/v1/admin/users", "{\"email\": \"south.boss@example.com\", \"name\": \"Boss\","
                + " \"role\": \"POINT_MANAGER\", \"pointId\": " + south + "}");

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.number("pointId")).isEqualTo(south.value());
        assertProblem(otherPoint, 403, "FORBIDDEN");
        assertProblem(manager2, 403, "FORBIDDEN");
    }

    @Test
    void anOperatorSeesOnlyOrdersGivenToThem() {
        fixtures.order(fixtures.orderableCallType(), "Nobody's", "unassigned@example.com", "Anna", "+79160000001");
        Api operator = api.as(sessions.token(Role.OPERATOR));

        Reply orders = operator.get("/api/v1/admin/orders");

        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.size("items")).isZero();
    }

    @Test
    void supervisorsAndSiteManagersSeeEveryPoint() {
        PointId east = memory.newPoint("East");
        Order eastOrder = fixtures.order(fixtures.orderableCallType(), "East", "east.client@example.com", "Anna",
                "+79160000001");
        memory.signedIn(Role.CLIENT, "east.only@example.com", east);

        for (Role role : new Role[] {Role.SUPERVISOR, Role.SITE_MANAGER, Role.ADMIN}) {
            Api staff = api.as(sessions.token(role));
            assertThat(staff.get("/api/v1/admin/orders/" + eastOrder.id()).status()).as(role.name()).isEqualTo(200);
            assertThat(staff.get("/api/v1/admin/users?pointId=" + east).texts("items", "email"))
                    .as(role.name()).contains("east.only@example.com");
            assertThat(staff.get("/api/v1/admin/points").numbers("items", "id")).as(role.name())
                    .contains(east.value(), InMemoryCore.MAIN_POINT.value());
        }
    }
}
