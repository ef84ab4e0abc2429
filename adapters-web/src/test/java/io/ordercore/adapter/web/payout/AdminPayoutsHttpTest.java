package io.ordercore.adapter.web.payout;

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
import org.junit.jupiter.api.Test;

/** Payout requests handled by hand: listed for staff, moved along their statuses by administrators. */
@MicronautTest
class AdminPayoutsHttpTest {

    private static final String PAYOUTS = "/api/v1/admin/payouts";

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fulfilment fulfilment;

    AdminPayoutsHttpTest(Api api, Sessions sessions, Fulfilment fulfilment) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fulfilment = fulfilment;
    }

    @Test
    void anAdministratorMarksARequestTransferred() {
        Caller.SignedIn operator = earningOperator("payout.transfer@example.com");
        long id = request(operator, 20_000).number("id");

        Reply listed = api.as(sessions.token(Role.SITE_MANAGER)).get(PAYOUTS + "?status=processing&payeeId=" + operator.id());
        long processing = admin.get("/api/v1/admin/dashboard").number("payoutsProcessing");
        Reply transferred = admin.post(PAYOUTS + "/" + id + "/status",
                "{\"status\": \"TRANSFERRED\", \"note\": \"bank order 17\"}");
        Reply cancelledAfter = admin.post(PAYOUTS + "/" + id + "/status", "{\"status\": \"CANCELLED\"}");

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.numbers("items", "id")).containsExactly(id);
        assertThat(listed.text("items[0].amount.amount")).isEqualTo("200.00");
        assertThat(processing).isGreaterThanOrEqualTo(1);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(transferred.text("status")).isEqualTo("TRANSFERRED");
        assertThat(transferred.text("note")).isEqualTo("bank order 17");
        assertProblem(cancelledAfter, 422, "PAYOUT_STATUS_REFUSED");
        assertThat(admin.get(PAYOUTS + "?status=TRANSFERRED&payeeId=" + operator.id()).numbers("items", "id"))
                .containsExactly(id);
    }

    @Test
    void aCancelledRequestGivesTheAmountBack() {
        Caller.SignedIn operator = earningOperator("payout.cancel@example.com");
        long id = request(operator, 30_000).number("id");
        Api cabinet = api.as(sessions.tokenOf(operator));
        String before = cabinet.get("/api/v1/operator/earnings").text("available.amount");

        Reply error = admin.post(PAYOUTS + "/" + id + "/status", "{\"status\": \"ERROR\", \"note\": \"wrong account\"}");
        Reply cancelled = admin.post(PAYOUTS + "/" + id + "/status", "{\"status\": \"cancelled\"}");

        assertThat(before).isEqualTo("0.00");
        assertThat(error.text("status")).as(error.body()).isEqualTo("ERROR");
        assertThat(cancelled.text("status")).as(cancelled.body()).isEqualTo("CANCELLED");
        assertThat(cabinet.get("/api/v1/operator/earnings").text("available.amount")).isEqualTo("300.00");
    }

    @Test
    void theListIsPagedNewestFirst() {
        Caller.SignedIn operator = earningOperator("payout.pages@example.com");
        long older = request(operator, 10_000).number("id");
        long newer = request(operator, 10_000).number("id");

        Reply first = admin.get(PAYOUTS + "?limit=1&payeeId=" + operator.id());
        Reply second = admin.get(PAYOUTS + "?limit=1&payeeId=" + operator.id() + "&beforeId=" + first.number("nextBeforeId"));

        assertThat(first.numbers("items", "id")).containsExactly(newer);
        assertThat(second.numbers("items", "id")).containsExactly(older);
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() {
        Caller.SignedIn operator = earningOperator("payout.refused@example.com");
        long id = request(operator, 10_000).number("id");

        assertProblem(admin.post(PAYOUTS + "/999999/status", "{\"status\": \"TRANSFERRED\"}"), 404, "NOT_FOUND");
        Reply unknownStatus = admin.post(PAYOUTS + "/" + id + "/status", "{\"status\": \"LOST\"}");
        assertProblem(unknownStatus, 400, "VALIDATION_FAILED");
        assertThat(unknownStatus.texts("errors", "field")).containsExactly("status");
        assertProblem(admin.post(PAYOUTS + "/" + id + "/status", "{}"), 400, "VALIDATION_FAILED");
        Reply filters = admin.get(PAYOUTS + "?status=LOST&payeeId=abc&limit=0");
        assertProblem(filters, 400, "VALIDATION_FAILED");
        assertThat(filters.texts("errors", "field")).contains("payeeId", "limit");
        assertProblem(api.as(sessions.token(Role.SITE_MANAGER)).post(PAYOUTS + "/" + id + "/status",
                "{\"status\": \"TRANSFERRED\"}"), 403, "FORBIDDEN");
    }

    /** An operator with one completed order: 300 roubles available. */
    private Caller.SignedIn earningOperator(String clientEmail) {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        fulfilment.completed(line, operator, clientEmail);
        return operator;
    }

    private Reply request(Caller.SignedIn operator, long kopecks) {
        Reply reply = api.as(sessions.tokenOf(operator)).post("/api/v1/operator/payouts",
                "{\"amountKopecks\": " + kopecks + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply;
    }
}
