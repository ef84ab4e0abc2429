package io.ordercore.adapter.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The Idempotency-Key header on money-moving POSTs: one transfer however often it is sent, the
 * first answer (an error too) replayed byte for byte, a reused key refused, and keys per user.
 */
@MicronautTest
class IdempotencyHttpTest {

    private static final String MINE = "/api/v1/me/balance";
    private static final String TRANSFER = MINE + "/transfer";

    /** An answer with the headers this test looks at. */
    record Answer(int status, String contentType, String body, String replayed) {
    }

    private final HttpClient http;
    private final JsonMapper mapper;
    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fixtures fixtures;

    IdempotencyHttpTest(@Client("/") HttpClient http, JsonMapper mapper, Api api, Sessions sessions, Fixtures fixtures) {
        this.http = http;
        this.mapper = mapper;
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fixtures = fixtures;
    }

    @Test
    void aTransferPostedTwiceWithOneKeyMovesPointsOnceAndReplaysTheAnswer() throws IOException {
        Caller.SignedIn giver = fixtures.client("idem.giver@example.com");
        fixtures.client("idem.taker@example.com");
        credit(giver, 10_000);
        String body = "{\"toEmail\": \"idem.taker@example.com\", \"amountKopecks\": 4000}";

        Answer first = post(giver, TRANSFER, body, "transfer-1");
        Answer second = post(giver, TRANSFER, body, "transfer-1");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.replayed()).isNull();
        assertThat(field(first, "balance", "minor")).isEqualTo("6000");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(second.replayed()).isEqualTo("true");
        assertThat(api.as(sessions.tokenOf(giver)).get(MINE).text("balance.amount")).as("moved once").isEqualTo("60.00");
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() throws IOException {
        Caller.SignedIn giver = fixtures.client("idem.reuse@example.com");
        fixtures.client("idem.reuse.taker@example.com");
        credit(giver, 10_000);

        post(giver, TRANSFER, "{\"toEmail\": \"idem.reuse.taker@example.com\", \"amountKopecks\": 1000}", "reuse-1");
        Answer other = post(giver, TRANSFER, "{\"toEmail\": \"idem.reuse.taker@example.com\", \"amountKopecks\": 2000}",
                "reuse-1");

        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(field(other, "code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(api.as(sessions.tokenOf(giver)).get(MINE).text("balance.amount")).isEqualTo("90.00");
    }

    @Test
    void anErrorAnswerIsReplayedEvenAfterTheBalanceWasToppedUp() throws IOException {
        Caller.SignedIn giver = fixtures.client("idem.poor@example.com");
        fixtures.client("idem.poor.taker@example.com");
        credit(giver, 1000);
        String body = "{\"toEmail\": \"idem.poor.taker@example.com\", \"amountKopecks\": 5000}";

        Answer refused = post(giver, TRANSFER, body, "poor-1");
        credit(giver, 10_000);
        Answer replayed = post(giver, TRANSFER, body, "poor-1");
        Answer fresh = post(giver, TRANSFER, body, "poor-2");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(field(refused, "code")).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(replayed.status()).isEqualTo(422);
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(replayed.contentType()).startsWith("application/problem+json");
        assertThat(replayed.replayed()).isEqualTo("true");
        assertThat(fresh.status()).as("another key runs again").isEqualTo(200);
        assertThat(api.as(sessions.tokenOf(giver)).get(MINE).text("balance.amount")).isEqualTo("60.00");
    }

    @Test
    void twoUsersMayUseTheSameKeyIndependently() throws IOException {
        Caller.SignedIn anna = fixtures.client("idem.anna@example.com");
        Caller.SignedIn boris = fixtures.client("idem.boris@example.com");
        fixtures.client("idem.common.taker@example.com");
        credit(anna, 10_000);
        credit(boris, 10_000);

        Answer byAnna = post(anna, TRANSFER, "{\"toEmail\": \"idem.common.taker@example.com\", \"amountKopecks\": 1000}", "same");
        Answer byBoris = post(boris, TRANSFER, "{\"toEmail\": \"idem.common.taker@example.com\", \"amountKopecks\": 3000}", "same");

        assertThat(byAnna.status()).as(byAnna.body()).isEqualTo(200);
        assertThat(byBoris.status()).as(byBoris.body()).isEqualTo(200);
        assertThat(byBoris.replayed()).isNull();
        assertThat(field(byBoris, "balance", "minor")).isEqualTo("7000");
    }

    @Test
    void anAdministratorsAdjustmentIsKeyedTooAndABadKeyIsRefused() throws IOException {
        Caller.SignedIn client = fixtures.client("idem.adjust@example.com");
        String adjust = "/api/v1/admin/balances/" + client.id() + "/adjust";
        String body = "{\"amountKopecks\": 500, \"reason\": \"gift\"}";

        Answer first = send(sessions.admin(), adjust, body, "adjust-1");
        Answer again = send(sessions.admin(), adjust, body, "adjust-1");
        Answer badKey = send(sessions.admin(), adjust, body, "x".repeat(256));
        Answer noKey = send(sessions.admin(), adjust, body, null);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.replayed()).isEqualTo("true");
        assertThat(badKey.status()).as(badKey.body()).isEqualTo(400);
        assertThat(badKey.body()).contains("Idempotency-Key");
        assertThat(noKey.status()).isEqualTo(200);
        assertThat(noKey.replayed()).isNull();
        assertThat(api.as(sessions.tokenOf(client)).get(MINE).text("balance.amount")).isEqualTo("10.00");
    }

    private void credit(Caller.SignedIn client, long kopecks) {
        admin.post("/api/v1/admin/balances/" + client.id() + "/adjust",
                "{\"amountKopecks\": " + kopecks + ", \"reason\": \"start\"}");
    }

    private Answer post(Caller.SignedIn caller, String uri, String body, String key) {
        return send(sessions.tokenOf(caller), uri, body, key);
    }

    private Answer send(String token, String uri, String body, String key) {
        MutableHttpRequest<String> request = HttpRequest.POST(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(token);
        if (key != null) {
            request.header(IdempotencyFilter.KEY_HEADER, key);
        }
        HttpResponse<String> response;
        try {
            response = http.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        return new Answer(response.code(), response.getContentType().map(MediaType::toString).orElse(""),
                response.getBody(String.class).orElse(""), response.getHeaders().get(IdempotencyFilter.REPLAYED_HEADER));
    }

    private String field(Answer answer, String... path) throws IOException {
        JsonNode node = mapper.readValue(answer.body(), Argument.of(JsonNode.class));
        for (String step : path) {
            node = node.get(step);
        }
        return node.isString() ? node.getStringValue() : String.valueOf(node.getValue());
    }
}
