package io.ordercore.adapter.web.cabinet;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import org.junit.jupiter.api.Test;

/** The signed-in client's cabinet: their account, orders, statistics, and what they may change. */
@MicronautTest
class CabinetHttpTest {

    private final Api api;
    private final Fixtures fixtures;
    private final Sessions sessions;
    private final ChangeOrderStatusUseCase changeStatus;
    private final InMemoryCore memory;

    CabinetHttpTest(Api api, Fixtures fixtures, Sessions sessions, ChangeOrderStatusUseCase changeStatus,
                    InMemoryCore memory) {
        this.api = api;
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.changeStatus = changeStatus;
        this.memory = memory;
    }

    @Test
    void showsOnlyOnesOwnOrders() {
        CallType type = fixtures.orderableCallType();
        Caller.SignedIn me = fixtures.client("cabinet.me@example.com");
        Order mine = fixtures.order(type, "Me", "cabinet.me@example.com", "Mom", "+79160000001");
        Order theirs = fixtures.order(type, "Them", "cabinet.them@example.com", "Dad", "+79160000002");
        Api asMe = api.as(sessions.tokenOf(me));

        Reply list = asMe.get("/api/v1/me/orders");
        Reply one = asMe.get("/api/v1/me/orders/" + mine.id());
        Reply other = asMe.get("/api/v1/me/orders/" + theirs.id());

        assertThat(list.numbers("items", "id")).containsExactly(mine.id().value());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("recipient.name")).isEqualTo("Mom");
        assertThat(one.has("history")).as("staff internals stay out").isFalse();
        assertProblem(other, 404, "NOT_FOUND");
        assertThat(other.text("detail")).isEqualTo("Order " + theirs.id() + " not found");
    }

    @Test
    void aClientGets404ForSomeoneElsesOrderEverywhere() {
        CallType type = fixtures.orderableCallType();
        Order theirs = fixtures.order(type, "Them", "cabinet.other@example.com", "Dad", "+79160000002");
        Api asClient = api.as(sessions.tokenOf(fixtures.client("cabinet.nosy@example.com")));

        assertProblem(asClient.get("/api/v1/me/orders/" + theirs.id()), 404, "NOT_FOUND");
        assertProblem(asClient.post("/api/v1/me/orders/" + theirs.id() + "/repeat",
                "{\"callDate\": \"2026-11-27\", \"windowStart\": \"10:00\", \"windowEnd\": \"11:00\"}"), 404, "NOT_FOUND");
        assertProblem(asClient.get("/api/v1/admin/orders/" + theirs.id()), 403, "FORBIDDEN");
    }

    @Test
    void filtersAndPagesLikeTheAdminList() {
        CallType type = fixtures.orderableCallType();
        Caller.SignedIn me = fixtures.client("cabinet.pages@example.com");
        long first = fixtures.order(type, "Me", "cabinet.pages@example.com", "Anna", "+79160000001").id().value();
        long second = fixtures.order(type, "Me", "cabinet.pages@example.com", "Boris", "+79160000002").id().value();
        Api asMe = api.as(sessions.tokenOf(me));

        Reply page = asMe.get("/api/v1/me/orders?limit=1&sort=created_asc");
        Reply next = asMe.get("/api/v1/me/orders?limit=1&sort=created_asc&cursor=" + page.text("nextCursor"));
        Reply filtered = asMe.get("/api/v1/me/orders?recipientName=bor");
        Reply bad = asMe.get("/api/v1/me/orders?limit=0&status=LOST");

        assertThat(page.numbers("items", "id")).containsExactly(first);
        assertThat(next.numbers("items", "id")).containsExactly(second);
        assertThat(filtered.numbers("items", "id")).containsExactly(second);
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.texts("errors", "field")).containsExactlyInAnyOrder("limit", "status");
    }

    @Test
    void countsOrdersByStatusAndTheTotalPaid() {
        CallType type = fixtures.orderableCallType();
        Caller.SignedIn me = fixtures.client("cabinet.stats@example.com");
        fixtures.order(type, "Me", "cabinet.stats@example.com", "Anna", "+79160000001");
        Order cancelled = fixtures.order(type, "Me", "cabinet.stats@example.com", "Boris", "+79160000002");
        changeStatus.changeStatus(new ChangeOrderStatusCommand(cancelled.id(), OrderStatus.CANCELLED,
                memory.admin(), "changed mind"));

        Reply stats = api.as(sessions.tokenOf(me)).get("/api/v1/me/statistics");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.number("countByStatus.UNPAID")).isEqualTo(1);
        assertThat(stats.number("countByStatus.CANCELLED")).isEqualTo(1);
        assertThat(stats.number("countByStatus.PAID")).isZero();
        assertThat(stats.text("totalPaid.amount")).isEqualTo("0.00");
        assertThat(stats.text("totalPaid.currency")).isEqualTo("RUB");
    }

    @Test
    void repeatsAnOrderForANewWindow() {
        CallType type = fixtures.orderableCallType();
        Caller.SignedIn me = fixtures.client("cabinet.repeat@example.com");
        Order original = fixtures.order(type, "Me", "cabinet.repeat@example.com", "Anna", "+79160000001");
        Api asMe = api.as(sessions.tokenOf(me));

        Reply repeated = asMe.post("/api/v1/me/orders/" + original.id() + "/repeat",
                "{\"callDate\": \"2026-11-28\", \"windowStart\": \"14:00\", \"windowEnd\": \"15:00\"}");
        Reply badWindow = asMe.post("/api/v1/me/orders/" + original.id() + "/repeat", "{\"callDate\": \"2026-11-01\"}");

        assertThat(repeated.status()).as(repeated.body()).isEqualTo(201);
        assertThat(repeated.number("id")).isNotEqualTo(original.id().value());
        assertThat(repeated.text("status")).isEqualTo("UNPAID");
        assertThat(repeated.text("recipient.name")).isEqualTo("Anna");
        assertThat(repeated.text("window.date")).isEqualTo("2026-11-28");
        assertThat(repeated.text("window.start")).isEqualTo("14:00");
        assertProblem(badWindow, 400, "VALIDATION_FAILED");
        assertThat(asMe.get("/api/v1/me/orders").size("items")).isEqualTo(2);
    }

    @Test
    void changesTheEmailWithThePassword() {
        Caller.SignedIn me = fixtures.client("cabinet.old@example.com");
        fixtures.client("cabinet.taken@example.com");
        Api asMe = api.as(sessions.tokenOf(me));

        Reply wrongPassword = asMe.put("/api/v1/auth/email",
                "{\"email\": \"cabinet.new@example.com\", \"password\": \"not-the-password\"}");
        Reply taken = asMe.put("/api/v1/auth/email",
                "{\"email\": \"cabinet.taken@example.com\", \"password\": \"" + InMemoryCore.PASSWORD + "\"}");
        Reply malformed = asMe.put("/api/v1/auth/email",
                "{\"email\": \"nope\", \"password\": \"" + InMemoryCore.PASSWORD + "\"}");
        Reply changed = asMe.put("/api/v1/auth/email",
                "{\"email\": \"Cabinet.New@example.com\", \"password\": \"" + InMemoryCore.PASSWORD + "\"}");

        assertProblem(wrongPassword, 401, "INVALID_CREDENTIALS");
        assertProblem(taken, 409, "EMAIL_TAKEN");
        assertProblem(malformed, 400, "VALIDATION_FAILED");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.text("email")).isEqualTo("cabinet.new@example.com");
        assertThat(asMe.get("/api/v1/me").text("email")).isEqualTo("cabinet.new@example.com");
        assertThat(api.post("/api/v1/auth/sign-in", "{\"email\": \"cabinet.new@example.com\", \"password\": \""
                + InMemoryCore.PASSWORD + "\"}").status()).isEqualTo(200);
    }
}
