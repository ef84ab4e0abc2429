package io.ordercore.adapter.web.order;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.TestCore;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Order details and the two changes an administrator may make: status and call window. */
@MicronautTest
class AdminOrderHttpTest {

    private final Api api;
    private final Fixtures fixtures;
    private final MutableClock clock;
    private final ChangeOrderStatusUseCase changeStatus;

    AdminOrderHttpTest(Api api, Fixtures fixtures, MutableClock clock, ChangeOrderStatusUseCase changeStatus,
                       Sessions sessions) {
        this.api = api.as(sessions.admin());
        this.fixtures = fixtures;
        this.clock = clock;
        this.changeStatus = changeStatus;
    }

    @AfterEach
    void resetClock() {
        clock.set(TestCore.NOW);
    }

    @Test
    void showsEveryFieldThePriceSnapshotAndTheHistory() {
        CallType type = fixtures.orderableCallType();
        long id = fixtures.order(type, "Ivan Petrov", "ivan@example.com", "Maria Ivanova", "+79161234567").id().value();

        Reply reply = api.get("/api/v1/admin/orders/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.number("id")).isEqualTo(id);
        assertThat(reply.text("status")).isEqualTo("UNPAID");
        assertThat(reply.number("callType.id")).isEqualTo(type.id().value());
        assertThat(reply.text("callType.name")).isEqualTo("Birthday greeting");
        assertThat(reply.text("client.name")).isEqualTo("Ivan Petrov");
        assertThat(reply.text("client.email")).isEqualTo("ivan@example.com");
        assertThat(reply.text("recipient.name")).isEqualTo("Maria Ivanova");
        assertThat(reply.text("recipient.phone")).isEqualTo("+79161234567");
        assertThat(reply.text("recipient.country")).isEqualTo("RU");
        assertThat(reply.text("recipient.city")).isEqualTo("Moscow");
        assertThat(reply.text("window.date")).isEqualTo("2026-11-25");
        assertThat(reply.text("window.start")).isEqualTo("10:00");
        assertThat(reply.text("window.end")).isEqualTo("12:00");
        assertThat(reply.text("window.timeZone")).isEqualTo("Europe/Moscow");
        assertThat(reply.text("preferredGender")).isEqualTo("ANY");
        assertThat(reply.flag("anonymous")).isFalse();
        assertThat(reply.text("wishes")).isNull();
        assertThat(reply.text("couponCode")).isNull();
        assertThat(reply.text("consentedAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(reply.text("price.price.amount")).isEqualTo("1500.00");
        assertThat(reply.number("price.discount.minor")).isZero();
        assertThat(reply.text("price.total.amount")).isEqualTo("1500.00");
        assertThat(reply.text("createdAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(reply.text("updatedAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(reply.number("version")).isEqualTo(1);
        assertThat(reply.size("history")).isEqualTo(1);
        assertThat(reply.number("history[0].seq")).isEqualTo(1);
        assertThat(reply.text("history[0].kind")).isEqualTo("STATUS");
        assertThat(reply.text("history[0].from")).isNull();
        assertThat(reply.text("history[0].to")).isEqualTo("UNPAID");
        assertThat(reply.text("history[0].actor.kind")).isEqualTo("CLIENT");
        assertThat(reply.text("history[0].actor.id")).isEqualTo("ivan@example.com");
        assertThat(reply.text("history[0].reason")).isEqualTo("placed");
        assertThat(reply.text("history[0].at")).isEqualTo("2026-11-23T06:00:00Z");
    }

    @Test
    void unknownOrderIs404() {
        Reply reply = api.get("/api/v1/admin/orders/999999");

        assertProblem(reply, 404, "NOT_FOUND");
        assertThat(reply.text("detail")).isEqualTo("Order 999999 not found");
        assertProblem(api.post("/api/v1/admin/orders/999999/status", "{\"status\": \"CANCELLED\"}"), 404, "NOT_FOUND");
        assertProblem(api.put("/api/v1/admin/orders/0/window", "{}"), 404, "NOT_FOUND");
    }

    @Test
    void changesStatusAlongTheWorkflowAndRecordsIt() {
        long id = placeOrder();
        clock.advance(Duration.ofMinutes(5));

        Reply reply = api.post("/api/v1/admin/orders/" + id + "/status",
                "{\"status\": \"cancelled\", \"reason\": \"client asked by phone\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("CANCELLED");
        assertThat(reply.number("version")).isEqualTo(2);
        assertThat(reply.text("updatedAt")).isEqualTo("2026-11-23T06:05:00Z");
        assertThat(reply.number("history[1].seq")).isEqualTo(2);
        assertThat(reply.text("history[1].from")).isEqualTo("UNPAID");
        assertThat(reply.text("history[1].to")).isEqualTo("CANCELLED");
        assertThat(reply.text("history[1].actor.kind")).isEqualTo("ADMIN");
        assertThat(reply.text("history[1].actor.id")).isEqualTo("admin@ordercore.test");
        assertThat(reply.text("history[1].reason")).isEqualTo("client asked by phone");
        assertThat(reply.text("history[1].at")).isEqualTo("2026-11-23T06:05:00Z");
        assertThat(api.get("/api/v1/admin/orders/" + id).text("status")).isEqualTo("CANCELLED");
    }

    @Test
    void illegalTransitionIs409() {
        long id = placeOrder();
        api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"CANCELLED\"}");

        Reply reply = api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"PAID\"}");

        assertProblem(reply, 409, "ILLEGAL_TRANSITION");
        assertThat(reply.text("title")).isEqualTo("Illegal transition");
        assertThat(reply.text("detail")).startsWith("Order in status CANCELLED cannot move to PAID");
        assertThat(reply.has("errors")).isFalse();
        assertThat(api.get("/api/v1/admin/orders/" + id).size("history")).isEqualTo(2);
    }

    @Test
    void movesThatNeedDataAreRefusedToAPlainStatusChange() {
        long id = placeOrder();

        Reply reply = api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"PAID\"}");

        assertProblem(reply, 409, "ILLEGAL_TRANSITION");
        assertThat(api.get("/api/v1/admin/orders/" + id).text("status")).isEqualTo("UNPAID");
    }

    @Test
    void statusMustBeAKnownOne() {
        long id = placeOrder();

        Reply unknown = api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"LOST\"}");
        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.text("errors[0].field")).isEqualTo("status");
        assertThat(unknown.text("errors[0].code")).isEqualTo("INVALID_CHOICE");

        Reply missing = api.post("/api/v1/admin/orders/" + id + "/status", "{\"reason\": \"why not\"}");
        assertThat(missing.text("errors[0].field")).isEqualTo("status");
        assertThat(missing.text("errors[0].code")).isEqualTo("REQUIRED");
    }

    @Test
    void movesTheCallWindow() {
        long id = placeOrder();

        Reply reply = api.put("/api/v1/admin/orders/" + id + "/window",
                "{\"callDate\": \"2026-11-26\", \"windowStart\": \"13:00\", \"windowEnd\": \"15:00\", \"reason\": \"recipient busy\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.text("window.date")).isEqualTo("2026-11-26");
        assertThat(reply.text("window.start")).isEqualTo("13:00");
        assertThat(reply.text("window.end")).isEqualTo("15:00");
        assertThat(reply.text("window.startsAt")).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(reply.text("status")).isEqualTo("UNPAID");
        assertThat(reply.text("history[1].kind")).isEqualTo("WINDOW");
        assertThat(reply.text("history[1].from")).isEqualTo("UNPAID");
        assertThat(reply.text("history[1].to")).isEqualTo("UNPAID");
        assertThat(reply.text("history[1].actor.id")).isEqualTo("admin@ordercore.test");
        assertThat(reply.text("history[1].reason"))
                .isEqualTo("window 2026-11-25 10:00-12:00 MSK -> 2026-11-26 13:00-15:00 MSK: recipient busy");
    }

    @Test
    void windowIsCheckedAndFinalOrdersStayPut() {
        long id = placeOrder();

        Reply invalid = api.put("/api/v1/admin/orders/" + id + "/window",
                "{\"callDate\": \"2026-11-22\", \"windowStart\": \"9:00\"}");
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        // the past date is reported alongside the malformed times
        assertThat(invalid.texts("errors", "field")).containsExactlyInAnyOrder("windowStart", "windowEnd", "callDate");

        api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"CANCELLED\"}");
        Reply finalOrder = api.put("/api/v1/admin/orders/" + id + "/window",
                "{\"callDate\": \"2026-11-26\", \"windowStart\": \"13:00\", \"windowEnd\": \"15:00\"}");
        assertProblem(finalOrder, 409, "ORDER_FINAL");
        assertThat(finalOrder.text("detail")).isEqualTo("Order " + id + " is CANCELLED and can no longer be changed");
    }

    @Test
    void orderInErrorGoesBackWhereItWas() {
        long id = placeOrder();
        changeStatus.changeStatus(new ChangeOrderStatusCommand(new OrderId(id),
                OrderStatus.ERROR, Caller.system("payment-check"), "gateway timeout"));

        Reply reply = api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"PAID\"}");

        assertProblem(reply, 409, "ILLEGAL_TRANSITION");
        assertThat(reply.text("detail")).startsWith("Order in status ERROR").contains("UNPAID");
        Reply back = api.post("/api/v1/admin/orders/" + id + "/status", "{\"status\": \"UNPAID\", \"reason\": \"fixed\"}");
        assertThat(back.text("status")).isEqualTo("UNPAID");
    }

    private long placeOrder() {
        Order order = fixtures.order(fixtures.orderableCallType(), "Ivan Petrov", "ivan@example.com", "Maria Ivanova",
                "+79161234567");
        return order.id().value();
    }
}
