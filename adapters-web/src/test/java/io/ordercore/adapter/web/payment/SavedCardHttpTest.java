package io.ordercore.adapter.web.payment;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.GatewayClient;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.out.CardCharges;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A card saved from a CloudPayments payment, over HTTP: shown without its token, charged for an order, forgotten. */
@MicronautTest
class SavedCardHttpTest {

    private final Api api;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final GatewayClient gateway;
    private final InMemoryCore memory;
    private final CallType callType;

    SavedCardHttpTest(Api api, Sessions sessions, Fixtures fixtures, GatewayClient gateway, InMemoryCore memory) {
        this.api = api;
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.gateway = gateway;
        this.memory = memory;
        this.callType = fixtures.orderableCallType();
    }

    @Test
    void aTokenFromAPaymentIsKeptChargedForTheNextOrderAndForgotten() {
        String email = "saved.card@example.com";
        Caller.SignedIn client = fixtures.client(email);
        Api me = api.as(sessions.tokenOf(client));
        assertProblem(me.get("/api/v1/me/saved-card"), 404, "NOT_FOUND");
        Order first = order(email);
        String body = GatewayClient.fake("PAYMENT", "cp-web-1", "ORDER-" + first.id(), "", "1500.00") + ";tk_web_secret";
        Reply notified = gateway.call("/api/v1/payments/" + CardCharges.GATEWAY + "/payment", "text/plain",
                body.getBytes(StandardCharsets.UTF_8), GatewayClient.SIGNATURE, "ok");
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);

        Reply shown = me.get("/api/v1/me/saved-card");
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.text("gateway")).isEqualTo(CardCharges.GATEWAY);
        assertThat(shown.body()).doesNotContain("tk_web_secret");

        Order second = order(email);
        memory.cardCharges.approveAs("cp-web-2");
        Reply paid = me.post("/api/v1/me/orders/" + second.id() + "/pay-with-saved-card", "");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertProblem(me.post("/api/v1/me/orders/" + second.id() + "/pay-with-saved-card", ""), 422, "ORDER_NOT_PAYABLE");

        Order third = order(email);
        memory.cardCharges.decline("Do not honor (5005)");
        Reply declined = me.post("/api/v1/me/orders/" + third.id() + "/pay-with-saved-card", "");
        assertProblem(declined, 422, "CARD_DECLINED");
        assertThat(declined.body()).contains("Do not honor");

        assertThat(me.delete("/api/v1/me/saved-card").status()).isEqualTo(204);
        assertProblem(me.post("/api/v1/me/orders/" + third.id() + "/pay-with-saved-card", ""), 422, "NO_SAVED_CARD");
    }

    @Test
    void onlyClientsHaveSavedCards() {
        assertProblem(api.as(sessions.token(Role.OPERATOR)).get("/api/v1/me/saved-card"), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/me/saved-card"), 401, "SIGN_IN_REQUIRED");
    }

    private Order order(String email) {
        return fixtures.order(callType, "Client", email, "Recipient", "+79161234567");
    }
}
