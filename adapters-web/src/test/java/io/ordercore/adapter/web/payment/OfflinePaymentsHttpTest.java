package io.ordercore.adapter.web.payment;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import org.junit.jupiter.api.Test;

/**
 * Money received by hand, recorded by an administrator or a manager of the order's point: partial
 * amounts allowed, the order Paid once covered, never more than is outstanding.
 */
@MicronautTest
class OfflinePaymentsHttpTest {

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fulfilment fulfilment;
    private final InMemoryCore memory;
    private final Line line;

    OfflinePaymentsHttpTest(Api api, Sessions sessions, Fulfilment fulfilment, InMemoryCore memory) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fulfilment = fulfilment;
        this.memory = memory;
        this.line = fulfilment.line();
    }

    @Test
    void anAdministratorRecordsPartThenTheRestAndTheOrderIsPaid() {
        Order order = fulfilment.unpaidOrder(line, "offline.admin@example.com");

        Reply part = admin.post(offline(order),
                "{\"amountKopecks\": 20000, \"reference\": \"cash receipt 7\", \"date\": \"2026-11-22\"}");
        Reply tooMuch = admin.post(offline(order), "{\"amountKopecks\": 30001, \"reference\": \"bank order 8\"}");
        Reply rest = admin.post(offline(order), "{\"amountKopecks\": 30000, \"reference\": \"bank order 8\"}");
        Reply afterPaid = admin.post(offline(order), "{\"amountKopecks\": 100, \"reference\": \"late\"}");

        assertThat(part.status()).as(part.body()).isEqualTo(201);
        assertThat(part.number("id")).isEqualTo(order.id().value());
        assertThat(part.text("status")).isEqualTo("UNPAID");
        assertThat(part.has("history")).as("the admin order JSON").isTrue();
        assertProblem(tooMuch, 400, "VALIDATION_FAILED");
        assertThat(tooMuch.texts("errors", "code")).containsExactly("MORE_THAN_OUTSTANDING");
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(rest.text("status")).isEqualTo("PAID");
        assertProblem(afterPaid, 422, "ORDER_NOT_PAYABLE");
        Reply payments = admin.get("/api/v1/admin/payments?kind=offline&clientEmail=offline.admin@example.com");
        assertThat(payments.texts("items", "kind")).containsExactly("OFFLINE", "OFFLINE");
        assertThat(payments.text("items[1].amount.amount")).isEqualTo("200.00");
        assertThat(payments.text("items[1].reference")).startsWith("cash receipt 7").contains("2026-11-22");
        assertThat(payments.text("items[0].reference")).startsWith("bank order 8").contains("2026-11-23");
        assertThat(payments.text("items[0].gateway")).isNull();
        assertThat(payments.text("items[0].externalId")).isNull();
    }

    @Test
    void aManagerOfTheOrdersPointRecordsItAndOthersDoNot() {
        Order order = fulfilment.unpaidOrder(line, "offline.manager@example.com");
        Api ownManager = api.as(sessions.tokenOf(sessions.account(Role.POINT_MANAGER, InMemoryCore.MAIN_POINT)));
        Api otherManager = api.as(sessions.tokenOf(sessions.account(Role.POINT_MANAGER, memory.newPoint("Elsewhere"))));
        String body = "{\"amountKopecks\": 50000, \"reference\": \"cash\"}";

        Reply elsewhere = otherManager.post(offline(order), body);
        Reply siteManager = api.as(sessions.token(Role.SITE_MANAGER)).post(offline(order), body);
        Reply own = ownManager.post(offline(order), body);

        assertProblem(elsewhere, 404, "NOT_FOUND");
        assertProblem(siteManager, 403, "FORBIDDEN");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.text("status")).isEqualTo("PAID");
    }

    @Test
    void aFormThatCannotBeRecordedNamesItsFields() {
        Order order = fulfilment.unpaidOrder(line, "offline.invalid@example.com");

        Reply empty = admin.post(offline(order), "");
        Reply wrong = admin.post(offline(order), "{\"amountKopecks\": 0, \"reference\": \" \", \"date\": \"22.11.2026\"}");
        Reply asText = admin.post(offline(order), "{\"amountKopecks\": \"100\", \"reference\": \"cash\"}");
        Reply noOrder = admin.post("/api/v1/manager/orders/999999/offline-payments",
                "{\"amountKopecks\": 100, \"reference\": \"cash\"}");

        assertProblem(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.texts("errors", "field")).containsExactlyInAnyOrder("amountKopecks", "reference");
        assertProblem(wrong, 400, "VALIDATION_FAILED");
        assertThat(wrong.texts("errors", "field")).containsExactlyInAnyOrder("amountKopecks", "reference", "date");
        assertThat(wrong.texts("errors", "code")).contains("NOT_POSITIVE", "INVALID_DATE");
        assertProblem(asText, 400, "VALIDATION_FAILED");
        assertThat(asText.texts("errors", "code")).containsExactly("INVALID_TYPE");
        assertProblem(noOrder, 404, "NOT_FOUND");
        assertThat(admin.get("/api/v1/admin/orders/" + order.id()).text("status")).isEqualTo("UNPAID");
    }

    private static String offline(Order order) {
        return "/api/v1/manager/orders/" + order.id() + "/offline-payments";
    }
}
