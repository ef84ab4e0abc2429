package io.ordercore.adapter.web.payment;

import static io.ordercore.adapter.web.GatewayClient.fake;
import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.GatewayClient;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Payment gateways' calls through the fake gateway: the core gets the exact bytes and headers sent
 * (a form is not parsed on the way), the gateway's reply goes back exactly, a forged call records
 * nothing, and a valid payment makes the order Paid, once.
 */
@MicronautTest
class GatewayCallsHttpTest {

    private final GatewayClient gateway;
    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final Fulfilment fulfilment;
    private final Line line;

    GatewayCallsHttpTest(GatewayClient gateway, Api api, Sessions sessions, Fixtures fixtures, Fulfilment fulfilment) {
        this.gateway = gateway;
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.fulfilment = fulfilment;
        this.line = fulfilment.line();
    }

    @Test
    void aValidPaymentMakesTheOrderPaidOnceAndTheGatewaysReplyIsWrittenExactly() {
        Order order = fulfilment.unpaidOrder(line, "gateway.pays@example.com");
        String call = fake("PAYMENT", "fake-pay-1", "ORDER-" + order.id(), "", "500.00");

        Reply paid = gateway.signed("notification", call);
        Reply repeated = gateway.signed("notification", call);

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.contentType()).isEqualTo("text/plain");
        assertThat(paid.body()).isEqualTo("ACCEPTED");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body()).isEqualTo("DUPLICATE");
        assertThat(admin.get("/api/v1/admin/orders/" + order.id()).text("status")).isEqualTo("PAID");
        Reply payments = admin.get("/api/v1/admin/payments?clientEmail=gateway.pays@example.com");
        assertThat(payments.texts("items", "externalId")).containsExactly("fake-pay-1");
        assertThat(payments.text("items[0].kind")).isEqualTo("GATEWAY");
        assertThat(payments.text("items[0].gateway")).isEqualTo("fake");
        assertThat(payments.number("items[0].orderId")).isEqualTo(order.id().value());
        assertThat(payments.text("items[0].amount.amount")).isEqualTo("500.00");
    }

    @Test
    void aFormBodyReachesTheGatewayByteForByte() {
        Order order = fulfilment.unpaidOrder(line, "gateway.form@example.com");
        String call = fake("PAYMENT", "a%40b+c=d&e", "ORDER-" + order.id(), "", "500.00");

        Reply paid = gateway.call("/api/v1/payments/fake/notification", GatewayClient.FORM,
                call.getBytes(StandardCharsets.UTF_8), GatewayClient.SIGNATURE, "ok");

        assertThat(paid.body()).as("read from the exact fields").isEqualTo("ACCEPTED");
        assertThat(admin.get("/api/v1/admin/orders/" + order.id()).text("status")).isEqualTo("PAID");
        Reply payments = admin.get("/api/v1/admin/payments?clientEmail=gateway.form@example.com");
        assertThat(payments.texts("items", "externalId")).as("neither %40 nor + decoded").containsExactly("a%40b+c=d&e");
        Reply log = admin.get("/api/v1/admin/payments/log?gateway=fake&limit=1");
        assertThat(log.text("items[0].body")).isEqualTo(call);
        assertThat(log.text("items[0].endpoint")).isEqualTo("notification");
        assertThat(log.text("items[0].headers")).contains("content-type: " + GatewayClient.FORM, "x-signature: ok");
    }

    @Test
    void jsonAndNonAsciiBodiesAndEveryHeaderArriveAsSent() {
        String body = fake("FAIL", "json-fail-1", "ORDER-999999", "Зоя %D0 +", "1.00");

        Reply reply = gateway.call("/api/v1/payments/fake/fail", "application/json; charset=UTF-8",
                body.getBytes(StandardCharsets.UTF_8), GatewayClient.SIGNATURE, "ok", "X-Request-ID", "Trace-42",
                "Authorization", "Bearer not-for-the-log");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("ACCEPTED");
        Reply log = admin.get("/api/v1/admin/payments/log?gateway=fake&limit=1");
        assertThat(log.text("items[0].body")).isEqualTo(body);
        assertThat(log.text("items[0].externalId")).isEqualTo("json-fail-1");
        assertThat(log.text("items[0].headers"))
                .contains("content-type: application/json; charset=UTF-8", "x-request-id: Trace-42")
                .doesNotContainIgnoringCase("authorization").doesNotContain("not-for-the-log");
    }

    @Test
    void aForgedCallIsRefusedAndRecordsNothing() {
        Order order = fulfilment.unpaidOrder(line, "gateway.forged@example.com");
        byte[] call = fake("PAYMENT", "forged-1", "ORDER-" + order.id(), "", "500.00").getBytes(StandardCharsets.UTF_8);

        Reply forged = gateway.call("/api/v1/payments/fake/notification", GatewayClient.FORM, call,
                GatewayClient.SIGNATURE, "forged");
        Reply unsigned = gateway.call("/api/v1/payments/fake/notification", GatewayClient.FORM, call);
        Reply withAdminToken = gateway.call("/api/v1/payments/fake/notification", GatewayClient.FORM, call,
                "Authorization", "Bearer " + sessions.admin());

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body()).as("the gateway's own reply, not a problem").isEqualTo("BAD_SIGNATURE");
        assertThat(forged.contentType()).isEqualTo("text/plain");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(withAdminToken.status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/orders/" + order.id()).text("status")).isEqualTo("UNPAID");
        assertThat(admin.get("/api/v1/admin/payments?clientEmail=gateway.forged@example.com").size("items")).isZero();
        Reply log = admin.get("/api/v1/admin/payments/log?gateway=fake&limit=3");
        assertThat(log.texts("items", "verdict")).allMatch(v -> v.startsWith("BAD_SIGNATURE"));
        assertThat(log.texts("items", "externalId")).containsOnlyNulls();
    }

    @Test
    void aPreCheckIsAnsweredByTheGatewayFromTheCoresVerdict() {
        Order order = fulfilment.unpaidOrder(line, "gateway.check@example.com");

        Reply exact = gateway.signed("check", fake("PRE_CHECK", "", "ORDER-" + order.id(), "", "500.00"));
        Reply less = gateway.signed("check", fake("PRE_CHECK", "", "ORDER-" + order.id(), "", "499.99"));
        Reply unknown = gateway.signed("check", fake("PRE_CHECK", "", "ORDER-999999", "", "500.00"));
        Reply malformed = gateway.signed("check", "not;the;format");

        assertThat(exact.body()).isEqualTo("ACCEPTED");
        assertThat(less.body()).isEqualTo("WRONG_AMOUNT");
        assertThat(unknown.body()).isEqualTo("UNKNOWN_ORDER");
        assertThat(malformed.body()).isEqualTo("MALFORMED");
        assertThat(admin.get("/api/v1/admin/orders/" + order.id()).text("status")).isEqualTo("UNPAID");
    }

    @Test
    void anUnknownGatewayIsNotFound() {
        Reply reply = gateway.call("/api/v1/payments/nosuchgateway/notification", GatewayClient.FORM,
                "a=b".getBytes(StandardCharsets.UTF_8));

        assertProblem(reply, 404, "NOT_FOUND");
        assertThat(admin.get("/api/v1/admin/payments/log?gateway=nosuchgateway").size("items")).isZero();
    }

    @Test
    void aClientIsSentToTheGatewayToPayWhatIsOutstanding() {
        Order order = fulfilment.unpaidOrder(line, "gateway.checkout@example.com");
        Api client = api.as(sessions.tokenOf(fixtures.client("gateway.checkout@example.com")));

        Reply checkout = client.post("/api/v1/me/orders/" + order.id() + "/checkout/fake", "");
        Reply othersOrder = api.as(sessions.token(Role.CLIENT))
                .post("/api/v1/me/orders/" + order.id() + "/checkout/fake", "");
        Reply unknownGateway = client.post("/api/v1/me/orders/" + order.id() + "/checkout/nosuch", "");

        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        assertThat(checkout.text("url")).isEqualTo("https://pay.example.com");
        assertThat(checkout.text("fields.invoice")).isEqualTo("ORDER-" + order.id());
        assertThat(checkout.text("fields.amount")).isEqualTo("500.00");
        assertThat(checkout.text("fields.currency")).isEqualTo("RUB");
        assertProblem(othersOrder, 404, "NOT_FOUND");
        assertProblem(unknownGateway, 404, "NOT_FOUND");
    }

    @Test
    void aToppedUpBalanceGrowsWhenTheGatewayReportsThePayment() {
        long clientId = fixtures.client("gateway.topup@example.com").id().value();
        Api client = api.as(sessions.tokenOf(fixtures.client("gateway.topup@example.com")));

        Reply checkout = client.post("/api/v1/me/balance/top-up/fake", "{\"amountKopecks\": 25000}");
        Reply reported = gateway.signed("notification",
                fake("PAYMENT", "topup-1", checkout.text("fields.invoice"), String.valueOf(clientId), "250.00"));
        Reply zero = client.post("/api/v1/me/balance/top-up/fake", "{\"amountKopecks\": 0}");

        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        assertThat(checkout.text("fields.invoice")).isEqualTo("TOPUP-" + clientId);
        assertThat(checkout.text("fields.amount")).isEqualTo("250.00");
        assertThat(reported.body()).isEqualTo("ACCEPTED");
        Reply balance = client.get("/api/v1/me/balance");
        assertThat(balance.text("balance.amount")).isEqualTo("250.00");
        assertThat(balance.text("entries[0].cause")).isEqualTo("TOP_UP");
        assertProblem(zero, 400, "VALIDATION_FAILED");
        assertThat(zero.texts("errors", "code")).containsExactly("NOT_POSITIVE");
    }
}
