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
import io.ordercore.adapter.web.TestCore;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Payments as staff see them: the list and its filters, the raw gateway log, and the integrity
 * check, which answers 200 whether the money agrees or not.
 */
@MicronautTest
class AdminPaymentsHttpTest {

    private static final String PAYMENTS = "/api/v1/admin/payments";
    private static final String LOG = "/api/v1/admin/payments/log";

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final Fulfilment fulfilment;
    private final GatewayClient gateway;
    private final InMemoryCore memory;
    private final Line line;

    AdminPaymentsHttpTest(Api api, Sessions sessions, Fixtures fixtures, Fulfilment fulfilment, GatewayClient gateway,
                          InMemoryCore memory) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.fulfilment = fulfilment;
        this.gateway = gateway;
        this.memory = memory;
        this.line = fulfilment.line();
    }

    @Test
    void theListIsFilteredByClientKindGatewayAmountAndDate() {
        String email = "payments.filters@example.com";
        Order order = paidThreeWays(email, "filters-1");
        String mine = PAYMENTS + "?clientEmail=" + email;

        Reply all = api.as(sessions.token(Role.SUPERVISOR)).get(mine);

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.texts("items", "kind")).as("newest first").containsExactly("GATEWAY", "BALANCE", "OFFLINE");
        assertThat(all.numbers("items", "orderId")).containsOnly(order.id().value());
        assertThat(all.numbers("items", "payerId")).containsOnly(fixtures.client(email).id().value());
        assertThat(all.text("items[0].externalId")).isEqualTo("filters-1");
        assertThat(all.text("items[0].amount.amount")).isEqualTo("350.00");
        assertThat(all.text("items[0].at")).isNotBlank();
        assertThat(all.at("nextBeforeId").isNull()).isTrue();
        assertThat(kinds(mine + "&kind=OFFLINE")).containsExactly("OFFLINE");
        assertThat(kinds(mine + "&gateway=fake")).containsExactly("GATEWAY");
        assertThat(kinds(mine + "&minKopecks=6000")).containsExactly("GATEWAY", "OFFLINE");
        assertThat(kinds(mine + "&maxKopecks=10000")).containsExactly("BALANCE", "OFFLINE");
        assertThat(kinds(mine + "&minKopecks=5000&maxKopecks=5000")).containsExactly("BALANCE");
        assertThat(kinds(mine + "&from=2026-11-23&to=2026-11-23")).hasSize(3);
        assertThat(kinds(mine + "&from=2026-11-24")).isEmpty();
        assertThat(kinds(mine + "&to=2026-11-22")).isEmpty();
        assertThat(kinds(PAYMENTS + "?clientEmail=nobody.paid@example.com")).isEmpty();
    }

    @Test
    void theListIsPagedNewestFirst() {
        String email = "payments.pages@example.com";
        paidThreeWays(email, "pages-1");

        Reply first = admin.get(PAYMENTS + "?limit=2&clientEmail=" + email);
        Reply second = admin.get(PAYMENTS + "?limit=2&clientEmail=" + email + "&beforeId=" + first.number("nextBeforeId"));

        assertThat(first.texts("items", "kind")).containsExactly("GATEWAY", "BALANCE");
        assertThat(first.number("nextBeforeId")).isEqualTo(first.number("items[1].id"));
        assertThat(second.texts("items", "kind")).containsExactly("OFFLINE");
        assertThat(second.at("nextBeforeId").isNull()).isTrue();
    }

    @Test
    void badFiltersAreNamed() {
        Reply mine = admin.get(PAYMENTS + "?minKopecks=-1&maxKopecks=ten&beforeId=0&limit=5000");
        Reply core = admin.get(PAYMENTS + "?from=23.11.2026&kind=CASH&clientEmail=not-an-email");

        assertProblem(mine, 400, "VALIDATION_FAILED");
        assertThat(mine.texts("errors", "field")).containsExactlyInAnyOrder("minKopecks", "maxKopecks", "beforeId", "limit");
        assertProblem(core, 400, "VALIDATION_FAILED");
        assertThat(core.texts("errors", "field")).containsExactlyInAnyOrder("from", "kind", "clientEmail");
    }

    @Test
    void theLogKeepsEveryCallRawWithItsVerdict() {
        Order order = fulfilment.unpaidOrder(line, "payments.log@example.com");
        String accepted = fake("PAYMENT", "log-1", "ORDER-" + order.id(), "", "500.00");
        gateway.signed("notification", accepted);
        gateway.call("/api/v1/payments/fake/notification", GatewayClient.FORM,
                "forged=1&x=%40".getBytes(StandardCharsets.UTF_8), GatewayClient.SIGNATURE, "forged");

        Reply log = admin.get(LOG + "?gateway=fake&limit=2");
        Reply acceptedOnly = admin.get(LOG + "?gateway=fake&verdict=accepted&limit=1");
        Reply older = admin.get(LOG + "?gateway=fake&limit=1&beforeId=" + log.number("items[0].id"));
        Reply otherGateway = admin.get(LOG + "?gateway=paymaster");
        Reply badLimit = admin.get(LOG + "?limit=0");

        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.text("items[0].verdict")).startsWith("BAD_SIGNATURE");
        assertThat(log.text("items[0].body")).isEqualTo("forged=1&x=%40");
        assertThat(log.text("items[0].orderId")).isNull();
        assertThat(log.text("items[1].verdict")).isEqualTo("ACCEPTED");
        assertThat(log.text("items[1].body")).isEqualTo(accepted);
        assertThat(log.text("items[1].gateway")).isEqualTo("fake");
        assertThat(log.text("items[1].endpoint")).isEqualTo("notification");
        assertThat(log.text("items[1].headers")).contains("x-signature: ok", "content-type: text/plain");
        assertThat(log.text("items[1].externalId")).isEqualTo("log-1");
        assertThat(log.number("items[1].orderId")).isEqualTo(order.id().value());
        assertThat(log.number("nextBeforeId")).isEqualTo(log.number("items[1].id"));
        assertThat(acceptedOnly.text("items[0].externalId")).isEqualTo("log-1");
        assertThat(older.number("items[0].id")).isEqualTo(log.number("items[1].id"));
        assertThat(otherGateway.size("items")).isZero();
        assertProblem(badLimit, 400, "VALIDATION_FAILED");
        assertProblem(api.as(sessions.token(Role.SITE_MANAGER)).get(LOG), 403, "FORBIDDEN");
    }

    @Test
    void theIntegrityCheckAnswers200ConsistentOrNot() {
        paidThreeWays("payments.integrity@example.com", "integrity-1");

        Reply consistent = admin.get("/api/v1/admin/integrity");
        Order order = fulfilment.unpaidOrder(line, "payments.integrity.planted@example.com");
        memory.payments.record(new Payment(memory.ids.nextPaymentId(), order.id(), order.owner(), PaymentKind.OFFLINE,
                Optional.empty(), Optional.empty(), Money.kopecks(100), Optional.of("planted without a movement"),
                TestCore.NOW));
        Reply inconsistent = admin.get("/api/v1/admin/integrity");

        assertThat(consistent.status()).as(consistent.body()).isEqualTo(200);
        assertThat(consistent.flag("consistent")).isTrue();
        assertThat(consistent.at("findings").size()).isEqualTo(5);
        for (String check : new String[] {"balances", "movements", "paidOrders", "payments", "statuses"}) {
            assertThat(consistent.size("findings." + check)).as(check).isZero();
        }
        assertThat(inconsistent.status()).as(inconsistent.body()).isEqualTo(200);
        assertThat(inconsistent.flag("consistent")).isFalse();
        assertThat(inconsistent.text("findings.payments[0]")).contains("has no ledger movement");
    }

    /**
     * An order of 500 roubles paid 100 offline, 50 from the balance and 350 through the fake
     * gateway, in that order; the client had 50 roubles credited for it.
     */
    private Order paidThreeWays(String email, String externalId) {
        Caller.SignedIn client = fixtures.client(email);
        Order order = fulfilment.unpaidOrder(line, email);
        admin.post("/api/v1/admin/balances/" + client.id() + "/adjust", "{\"amountKopecks\": 5000, \"reason\": \"gift\"}");
        assertThat(admin.post("/api/v1/manager/orders/" + order.id() + "/offline-payments",
                "{\"amountKopecks\": 10000, \"reference\": \"cash\"}").status()).isEqualTo(201);
        assertThat(api.as(sessions.tokenOf(client)).post("/api/v1/me/orders/" + order.id() + "/pay-from-balance",
                "{\"amountKopecks\": 5000}").status()).isEqualTo(200);
        assertThat(gateway.signed("notification", fake("PAYMENT", externalId, "ORDER-" + order.id(), "", "350.00"))
                .body()).isEqualTo("ACCEPTED");
        assertThat(admin.get("/api/v1/admin/orders/" + order.id()).text("status")).isEqualTo("PAID");
        return order;
    }

    private java.util.List<String> kinds(String uri) {
        Reply reply = admin.get(uri);
        assertThat(reply.status()).as(uri + ": " + reply.body()).isEqualTo(200);
        return reply.texts("items", "kind");
    }
}
