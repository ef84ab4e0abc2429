package io.ordercore.adapter.web.orderpage;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.order.Order;
import org.junit.jupiter.api.Test;

/** The order page behind its link (open to whoever holds it) and the recording's download (owner only). */
@MicronautTest
class OrderPageHttpTest {

    private final Api api;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final Fulfilment fulfilment;
    private final InMemoryCore memory;

    OrderPageHttpTest(Api api, Sessions sessions, Fixtures fixtures, Fulfilment fulfilment, InMemoryCore memory) {
        this.api = api;
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.fulfilment = fulfilment;
        this.memory = memory;
    }

    @Test
    void theLinkShowsTheCompletedOrderAndItsRecordingWithoutPersonalData() {
        Line line = fulfilment.line();
        Order order = fulfilment.completed(line, fulfilment.operator(line), "page.owner@example.com");

        Reply page = api.get("/api/v1/order-pages/" + tokenOf(order));

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.number("orderId")).isEqualTo(order.id().value());
        assertThat(page.text("status")).isEqualTo("COMPLETED");
        assertThat(page.number("callType.id")).isEqualTo(line.callType().id().value());
        assertThat(page.text("window.date")).isEqualTo("2026-11-25");
        assertThat(page.text("recordings[0]")).isEqualTo("https://records.example/" + order.id() + ".mp3");
        assertThat(page.body()).doesNotContain("page.owner@example.com").doesNotContain(Fulfilment.RECIPIENT_PHONE);
    }

    @Test
    void anUnknownLinkIsNotFound() {
        assertProblem(api.get("/api/v1/order-pages/no-such-page"), 404, "NOT_FOUND");
        assertThat(api.get("/api/v1/order-pages/no-such-page").text("detail")).doesNotContain("no-such-page");
    }

    @Test
    void onlyTheOwnerDownloadsTheRecording() {
        Line line = fulfilment.line();
        Order order = fulfilment.completed(line, fulfilment.operator(line), "page.download@example.com");
        String path = "/api/v1/me/orders/" + order.id() + "/recording";

        Reply mine = api.as(sessions.tokenOf(fixtures.client("page.download@example.com"))).get(path);
        Reply theirs = api.as(sessions.tokenOf(fixtures.client("page.stranger@example.com"))).get(path);

        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.text("url")).isEqualTo("https://records.example/" + order.id() + ".mp3");
        assertProblem(theirs, 404, "NOT_FOUND");
        assertProblem(api.get(path), 401, "SIGN_IN_REQUIRED");
    }

    private String tokenOf(Order order) {
        return memory.callResults.pageToken(order.id(), () -> {
            throw new AssertionError("the completed order has no page yet");
        });
    }
}
