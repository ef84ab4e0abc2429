package io.ordercore.adapter.web.review;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Multi-aspect ratings of completed orders, their averages, and the aspects administrators choose. */
@MicronautTest
class RatingsHttpTest {

    private static final String ALL_FIVES =
            "{\"scores\": {\"quality\": 5, \"speed\": 4, \"politeness\": 5, \"price\": 3, \"overall\": 5}}";

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final Fulfilment fulfilment;

    RatingsHttpTest(Api api, Sessions sessions, Fixtures fixtures, Fulfilment fulfilment) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.fulfilment = fulfilment;
    }

    @Test
    void aClientRatesTheirCompletedOrderOnEveryAspectOnce() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.completed(line, operator, "rating.once@example.com");
        Api client = api.as(sessions.tokenOf(fixtures.client("rating.once@example.com")));
        String rating = "/api/v1/me/orders/" + order.id() + "/rating";

        Reply aspects = api.get("/api/v1/ratings/aspects");
        Reply rated = client.post(rating, ALL_FIVES);
        Reply again = client.post(rating, ALL_FIVES);
        Reply byOperator = api.as(sessions.token(Role.SUPERVISOR)).get("/api/v1/admin/operators/" + operator.id()
                + "/ratings");
        Reply byPoint = admin.get("/api/v1/admin/points/" + InMemoryCore.MAIN_POINT.value() + "/ratings");

        assertThat(aspects.body()).isEqualTo("{\"aspects\":[\"quality\",\"speed\",\"politeness\",\"price\",\"overall\"]}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.number("orderId")).isEqualTo(order.id().value());
        assertThat(rated.number("scores.speed")).isEqualTo(4);
        assertProblem(again, 422, "RATING_EXISTS");
        assertThat(byOperator.number("ratings")).as(byOperator.body()).isEqualTo(1);
        assertThat(new BigDecimal(byOperator.text("byAspect.price"))).isEqualByComparingTo("3");
        assertThat(byPoint.number("ratings")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyScoreIsCheckedAndReportedAtOnce() {
        Line line = fulfilment.line();
        Order order = fulfilment.completed(line, fulfilment.operator(line), "rating.bad@example.com");
        Api client = api.as(sessions.tokenOf(fixtures.client("rating.bad@example.com")));
        String rating = "/api/v1/me/orders/" + order.id() + "/rating";

        Reply wrong = client.post(rating,
                "{\"scores\": {\"quality\": 6, \"speed\": 4, \"politeness\": 5, \"price\": 3, \"mood\": 5}}");
        Reply fractional = client.post(rating,
                "{\"scores\": {\"quality\": 4.5, \"speed\": \"4\", \"politeness\": 5, \"price\": 3, \"overall\": 5}}");
        Reply unpaid = client.post("/api/v1/me/orders/" + fulfilment.unpaidOrder(line, "rating.bad@example.com").id()
                + "/rating", ALL_FIVES);

        assertProblem(wrong, 400, "VALIDATION_FAILED");
        assertThat(wrong.texts("errors", "field"))
                .containsExactlyInAnyOrder("scores.quality", "scores.overall", "scores.mood");
        assertProblem(fractional, 400, "VALIDATION_FAILED");
        assertThat(fractional.texts("errors", "field")).containsExactlyInAnyOrder("scores.quality", "scores.speed");
        assertProblem(unpaid, 422, "ORDER_NOT_COMPLETED");
        assertThat(client.post(rating, ALL_FIVES).status()).as("nothing was stored").isEqualTo(201);
    }

    @Test
    void anAdministratorChoosesTheAspects() {
        try {
            Reply set = admin.put("/api/v1/admin/ratings/aspects", "{\"aspects\": [\"Warmth\", \"clarity\"]}");

            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.body()).isEqualTo("{\"aspects\":[\"warmth\",\"clarity\"]}");
            assertThat(api.get("/api/v1/ratings/aspects").body()).isEqualTo(set.body());
            assertProblem(admin.put("/api/v1/admin/ratings/aspects", "{\"aspects\": []}"), 400, "VALIDATION_FAILED");
            assertProblem(api.as(sessions.token(Role.SITE_MANAGER)).put("/api/v1/admin/ratings/aspects",
                    "{\"aspects\": [\"speed\"]}"), 403, "FORBIDDEN");
        } finally {
            admin.put("/api/v1/admin/ratings/aspects",
                    "{\"aspects\": [\"quality\", \"speed\", \"politeness\", \"price\", \"overall\"]}");
        }
    }
}
