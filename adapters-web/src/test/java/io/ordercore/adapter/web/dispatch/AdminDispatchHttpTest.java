package io.ordercore.adapter.web.dispatch;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import org.junit.jupiter.api.Test;

/** Dispatch seen from the admin side: its decisions, the orders nobody took, and a hand on it. */
@MicronautTest
class AdminDispatchHttpTest {

    private static final String DISPATCH = "/api/v1/admin/dispatch/orders/";

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fulfilment fulfilment;

    AdminDispatchHttpTest(Api api, Sessions sessions, Fulfilment fulfilment) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fulfilment = fulfilment;
    }

    @Test
    void aPaidOrderIsProposedAndTheDecisionExplained() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.paidOrder(line, "dispatch.auto@example.com");

        Reply seen = admin.get("/api/v1/admin/orders/" + order.id());
        Reply decisions = api.as(sessions.token(Role.SUPERVISOR)).get(DISPATCH + order.id() + "/decisions");

        assertThat(seen.text("status")).as(seen.body()).isEqualTo("OPERATOR_PROPOSED");
        assertThat(seen.number("operatorId")).isEqualTo(operator.id().value());
        assertThat(decisions.status()).as(decisions.body()).isEqualTo(200);
        assertThat(decisions.size("items")).isEqualTo(1);
        assertThat(decisions.text("items[0].kind")).isEqualTo("AUTO");
        assertThat(decisions.number("items[0].chosenOperatorId")).isEqualTo(operator.id().value());
        assertThat(decisions.text("items[0].explanation")).isNotBlank();
        assertThat(decisions.text("items[0].decidedBy")).isNotBlank();
        assertThat(decisions.text("items[0].at")).endsWith("Z");
    }

    @Test
    void anOrderNobodyCanTakeWaitsAndIsCounted() {
        Order order = fulfilment.paidOrder(fulfilment.line(), "dispatch.waiting@example.com");

        Reply awaiting = admin.get("/api/v1/admin/dispatch/awaiting?limit=1000");
        Reply dashboard = api.as(sessions.token(Role.SUPERVISOR)).get("/api/v1/admin/dashboard");
        Reply decisions = admin.get(DISPATCH + order.id() + "/decisions");

        assertThat(awaiting.status()).as(awaiting.body()).isEqualTo(200);
        String item = awaiting.where("items", "orderId", order.id());
        assertThat(awaiting.text(item + ".dueAt")).endsWith("Z");
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.number("awaitingOperator")).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.has("reviewsToModerate")).isTrue();
        assertThat(dashboard.has("payoutsProcessing")).isTrue();
        assertThat(decisions.text("items[0].chosenOperatorId")).isNull();
        assertProblem(admin.get("/api/v1/admin/dispatch/awaiting?limit=0"), 400, "VALIDATION_FAILED");
    }

    @Test
    void anAdministratorAssignsByHandForcingPastTheFilters() {
        Order order = fulfilment.paidOrder(fulfilment.line(), "dispatch.assign@example.com");
        Caller.SignedIn untalented = fulfilment.operator(fulfilment.line());
        String assign = DISPATCH + order.id() + "/assign";

        Reply filtered = admin.post(assign, "{\"operatorId\": " + untalented.id() + "}");
        Reply forced = admin.post(assign, "{\"operatorId\": " + untalented.id() + ", \"force\": true,"
                + " \"reason\": \"regular client\"}");

        assertProblem(filtered, 422, "OPERATOR_FILTERED_OUT");
        assertThat(forced.status()).as(forced.body()).isEqualTo(200);
        assertThat(forced.text("status")).isEqualTo("OPERATOR_PROPOSED");
        assertThat(forced.number("operatorId")).isEqualTo(untalented.id().value());
        Reply decisions = admin.get(DISPATCH + order.id() + "/decisions");
        assertThat(decisions.texts("items", "kind")).containsExactly("AUTO", "FORCED");
        assertThat(decisions.text("items[1].explanation")).contains("regular client");
    }

    @Test
    void removingAnOperatorFinesThemAndDispatchesAgain() {
        Line line = fulfilment.line();
        Caller.SignedIn first = fulfilment.operator(line);
        Caller.SignedIn second = fulfilment.operator(line);
        Order order = fulfilment.paidOrder(line, "dispatch.remove@example.com");
        long removed = order.operator().orElseThrow().value();
        long other = removed == first.id().value() ? second.id().value() : first.id().value();
        Caller.SignedIn removedOperator = removed == first.id().value() ? first : second;

        Reply after = admin.post(DISPATCH + order.id() + "/remove-operator",
                "{\"penalty\": true, \"reason\": \"did not answer the phone\"}");

        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.text("status")).isEqualTo("OPERATOR_PROPOSED");
        assertThat(after.number("operatorId")).isEqualTo(other);
        assertThat(admin.get(DISPATCH + order.id() + "/decisions").texts("items", "kind")).contains("REMOVED");
        Reply earnings = api.as(sessions.tokenOf(removedOperator)).get("/api/v1/operator/earnings");
        assertThat(earnings.text("entries[0].kind")).as(earnings.body()).isEqualTo("PENALTY");
        assertThat(earnings.number("entries[0].orderId")).isEqualTo(order.id().value());
        assertThat(earnings.text("entries[0].amount.amount")).isEqualTo("-300.00");
        assertThat(earnings.text("available.amount")).isEqualTo("-300.00");
        String refusal = DISPATCH + order.id() + "/refusals/" + removed;
        assertThat(admin.delete(refusal).status()).isEqualTo(204);
        assertProblem(admin.delete(refusal), 404, "NOT_FOUND");
    }

    @Test
    void whatCannotBeDoneIsRefusedWithItsReason() {
        Line line = fulfilment.line();
        Order unpaid = fulfilment.unpaidOrder(line, "dispatch.refused@example.com");
        Caller.SignedIn operator = fulfilment.operator(line);
        Order waiting = fulfilment.paidOrder(fulfilment.line(), "dispatch.refused@example.com");

        assertProblem(admin.post(DISPATCH + unpaid.id() + "/assign", "{\"operatorId\": " + operator.id() + "}"),
                409, "ILLEGAL_TRANSITION");
        assertProblem(admin.post(DISPATCH + waiting.id() + "/remove-operator", "{}"), 409, "ILLEGAL_TRANSITION");
        Reply missing = admin.post(DISPATCH + waiting.id() + "/assign", "{\"force\": true}");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.text("errors[0].field")).isEqualTo("operatorId");
        assertProblem(admin.post(DISPATCH + waiting.id() + "/assign", "{\"operatorId\": 999999}"), 404, "NOT_FOUND");
        assertProblem(admin.get(DISPATCH + "999999/decisions"), 404, "NOT_FOUND");
        assertProblem(api.as(sessions.token(Role.SITE_MANAGER)).post(DISPATCH + waiting.id() + "/assign",
                "{\"operatorId\": " + operator.id() + "}"), 403, "FORBIDDEN");
    }
}
