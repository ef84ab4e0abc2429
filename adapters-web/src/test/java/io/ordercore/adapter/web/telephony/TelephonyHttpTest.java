package io.ordercore.adapter.web.telephony;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.TelephonySigner;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Telephony's call-result callback: authenticated by the HMAC of its exact body bytes, checked
 * before the body is read; a call long enough completes the order, once.
 */
@MicronautTest
class TelephonyHttpTest {

    private final Api api;
    private final Sessions sessions;
    private final Fulfilment fulfilment;
    private final TelephonySigner signer;

    TelephonyHttpTest(Api api, Sessions sessions, Fulfilment fulfilment, TelephonySigner signer) {
        this.api = api;
        this.sessions = sessions;
        this.fulfilment = fulfilment;
        this.signer = signer;
    }

    @Test
    void aSignedReportOfALongCallCompletesTheOrderOnce() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.inProgress(line, operator, "telephony.long@example.com");
        String report = report(order, operator, 45);

        Reply completed = api.send(signer.signed(report));
        Reply repeated = api.send(signer.signed(report));

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.text("outcome")).isEqualTo("COMPLETED");
        assertThat(repeated.text("outcome")).isEqualTo("DUPLICATE");
        assertThat(fulfilment.current(order).status()).isEqualTo(OrderStatus.COMPLETED);
        Reply earnings = api.as(sessions.tokenOf(operator)).get("/api/v1/operator/earnings");
        assertThat(earnings.size("entries")).as("one fee").isEqualTo(1);
    }

    @Test
    void aShortCallLeavesTheOrderInProgress() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.inProgress(line, operator, "telephony.short@example.com");

        Reply tooShort = api.send(signer.signed(report(order, operator, 10)));

        assertThat(tooShort.text("outcome")).as(tooShort.body()).isEqualTo("TOO_SHORT");
        assertThat(fulfilment.current(order).status()).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void aBodyChangedAfterSigningIsRefusedAndChangesNothing() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.inProgress(line, operator, "telephony.tampered@example.com");
        String signature = signer.sign(report(order, operator, 5).getBytes(StandardCharsets.UTF_8));
        byte[] changed = report(order, operator, 50).getBytes(StandardCharsets.UTF_8);

        Reply tampered = api.send(TelephonySigner.unsigned(changed).header(TelephonySigner.HEADER, signature));

        assertProblem(tampered, 401, "INVALID_SIGNATURE");
        assertThat(tampered.wwwAuthenticate()).startsWith("HMAC-SHA256");
        assertThat(fulfilment.current(order).status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(fulfilment.current(order).history()).hasSameSizeAs(order.history());
    }

    @Test
    void noSignatureOrAnotherSecretsIsRefused() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.inProgress(line, operator, "telephony.unsigned@example.com");
        byte[] body = report(order, operator, 50).getBytes(StandardCharsets.UTF_8);

        Reply missing = api.send(TelephonySigner.unsigned(body));
        Reply wrongSecret = api.send(TelephonySigner.unsigned(body)
                .header(TelephonySigner.HEADER, TelephonySigner.sign("someone-elses-secret", body)));
        Reply withAdminTokenOnly = api.as(sessions.admin()).send(TelephonySigner.unsigned(body));
        Reply garbage = api.send(TelephonySigner.unsigned(body).header(TelephonySigner.HEADER, "not hex at all"));

        assertProblem(missing, 401, "INVALID_SIGNATURE");
        assertProblem(wrongSecret, 401, "INVALID_SIGNATURE");
        assertProblem(withAdminTokenOnly, 401, "INVALID_SIGNATURE");
        assertProblem(garbage, 401, "INVALID_SIGNATURE");
        assertThat(fulfilment.current(order).status()).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void aSignedReportThatCannotBeReadIsABadRequest() {
        Reply malformed = api.send(signer.signed("{\"orderId\": "));
        Reply wrongType = api.send(signer.signed("{\"orderId\": 1, \"durationSeconds\": \"60\"}"));
        Reply empty = api.send(signer.signed("{}"));
        Reply impossible = api.send(signer.signed("{\"orderId\": 0, \"operatorId\": -1}"));

        assertProblem(malformed, 400, "MALFORMED_JSON");
        assertProblem(wrongType, 400, "VALIDATION_FAILED");
        assertThat(wrongType.texts("errors", "field")).containsExactly("durationSeconds");
        assertProblem(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.texts("errors", "field"))
                .containsExactlyInAnyOrder("orderId", "operatorId", "start", "end", "durationSeconds");
        assertProblem(impossible, 400, "VALIDATION_FAILED");
        assertThat(impossible.texts("errors", "code")).containsOnly("NOT_AN_ID");
    }

    @Test
    void aReportAboutAnUnknownOrderIsNotFound() {
        Reply unknown = api.send(signer.signed("""
                {"orderId": 999999, "operatorId": 999999, "start": "%s", "end": "%s", "durationSeconds": 60}
                """.formatted(Fulfilment.CALL_START, Fulfilment.CALL_END)));

        assertProblem(unknown, 404, "NOT_FOUND");
    }

    private static String report(Order order, Caller.SignedIn operator, long seconds) {
        return """
                {"orderId": %d, "operatorId": %d, "start": "%s", "end": "%s", "durationSeconds": %d,
                 "outcome": "answered"}
                """.formatted(order.id().value(), operator.id().value(), Fulfilment.CALL_START, Fulfilment.CALL_END,
                seconds);
    }
}
