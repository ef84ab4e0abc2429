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
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import org.junit.jupiter.api.Test;

/** Clients reviewing their completed orders, and administrators moderating the reviews. */
@MicronautTest
class ReviewsHttpTest {

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final Fulfilment fulfilment;

    ReviewsHttpTest(Api api, Sessions sessions, Fixtures fixtures, Fulfilment fulfilment) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.fulfilment = fulfilment;
    }

    @Test
    void aClientReviewsTheirCompletedOrderOnce() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.completed(line, operator, "review.once@example.com");
        Api client = as("review.once@example.com");

        Reply left = client.post("/api/v1/reviews", review(order, "Wonderful call", 1));
        Reply again = client.post("/api/v1/reviews", review(order, "Once more", 1));

        assertThat(left.status()).as(left.body()).isEqualTo(201);
        assertThat(left.number("orderId")).isEqualTo(order.id().value());
        assertThat(left.number("operatorId")).isEqualTo(operator.id().value());
        assertThat(left.number("clientId")).isEqualTo(fixtures.client("review.once@example.com").id().value());
        assertThat(left.text("text")).isEqualTo("Wonderful call");
        assertThat(left.number("attitude")).isEqualTo(1);
        assertThat(left.text("status")).isEqualTo("PENDING");
        assertThat(left.text("moderatedAt")).isNull();
        assertProblem(again, 422, "REVIEW_EXISTS");
    }

    @Test
    void onlyOnesOwnCompletedOrderIsReviewed() {
        Line line = fulfilment.line();
        Order completed = fulfilment.completed(line, fulfilment.operator(line), "review.owner@example.com");
        Order unpaid = fulfilment.unpaidOrder(line, "review.early@example.com");
        Api early = as("review.early@example.com");

        assertProblem(early.post("/api/v1/reviews", review(unpaid, "Too soon", 0)), 422, "ORDER_NOT_COMPLETED");
        assertProblem(early.post("/api/v1/reviews", review(completed, "Not mine", 1)), 404, "NOT_FOUND");
        assertProblem(api.post("/api/v1/reviews", review(completed, "Anonymous", 1)), 401, "SIGN_IN_REQUIRED");
        Reply missing = early.post("/api/v1/reviews", "{\"text\": \"Which order?\"}");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.texts("errors", "field")).containsExactly("orderId");
        Reply invalid = as("review.owner@example.com").post("/api/v1/reviews",
                "{\"orderId\": " + completed.id() + ", \"text\": \" \", \"attitude\": 2}");
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        assertThat(invalid.texts("errors", "field")).containsExactlyInAnyOrder("text", "attitude");
    }

    @Test
    void moderationPublishesAReviewAndMovesTheOperatorsRating() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order liked = fulfilment.completed(line, operator, "review.liked@example.com");
        Order disliked = fulfilment.completed(line, operator, "review.disliked@example.com");
        long praise = as("review.liked@example.com").post("/api/v1/reviews", review(liked, "Marvellous singing", 1))
                .number("id");
        long complaint = as("review.disliked@example.com").post("/api/v1/reviews", review(disliked, "Too quiet", -1))
                .number("id");

        Reply pending = admin.get("/api/v1/admin/reviews?status=pending&clientEmail=review.liked@example.com");
        long waiting = admin.get("/api/v1/admin/dashboard").number("reviewsToModerate");
        Reply approved = admin.post("/api/v1/admin/reviews/moderate", "{\"ids\": [" + praise + "], \"approve\": true}");
        Reply rejected = api.as(sessions.token(Role.SITE_MANAGER)).post("/api/v1/admin/reviews/moderate",
                "{\"ids\": [" + complaint + "], \"approve\": false}");
        Reply twice = admin.post("/api/v1/admin/reviews/moderate", "{\"ids\": [" + praise + "], \"approve\": false}");

        assertThat(pending.numbers("items", "id")).containsExactly(praise);
        assertThat(waiting).isGreaterThanOrEqualTo(2);
        assertThat(approved.number("moved")).as(approved.body()).isEqualTo(1);
        assertThat(rejected.number("moved")).as(rejected.body()).isEqualTo(1);
        assertThat(twice.number("moved")).isZero();
        assertThat(admin.get("/api/v1/admin/operators/" + operator.id()).number("rating"))
                .as("only the approved review counts").isEqualTo(1);
        Reply published = admin.get("/api/v1/admin/reviews?status=APPROVED&text=marvellous");
        assertThat(published.numbers("items", "id")).containsExactly(praise);
        assertThat(published.text("items[0].moderatedAt")).isNotNull();
    }

    @Test
    void badFiltersAndSelectionsAreRefused() {
        Reply filters = admin.get("/api/v1/admin/reviews?status=lost&from=yesterday&beforeId=-3");
        Reply noDecision = admin.post("/api/v1/admin/reviews/moderate", "{\"ids\": [1]}");
        Reply badIds = admin.post("/api/v1/admin/reviews/moderate", "{\"ids\": [0], \"approve\": true}");

        assertProblem(filters, 400, "VALIDATION_FAILED");
        assertThat(filters.texts("errors", "field")).contains("beforeId");
        assertProblem(noDecision, 400, "VALIDATION_FAILED");
        assertThat(noDecision.texts("errors", "field")).containsExactly("approve");
        assertProblem(badIds, 400, "VALIDATION_FAILED");
        assertProblem(admin.get("/api/v1/admin/reviews?status=lost&from=yesterday"), 400, "VALIDATION_FAILED");
        assertThat(admin.get("/api/v1/admin/reviews?status=lost&from=yesterday").texts("errors", "field"))
                .containsExactlyInAnyOrder("status", "from");
    }

    private Api as(String email) {
        return api.as(sessions.tokenOf(fixtures.client(email)));
    }

    private static String review(Order order, String text, int attitude) {
        return "{\"orderId\": " + order.id() + ", \"text\": \"" + text + "\", \"attitude\": " + attitude + "}";
    }
}
