package io.ordercore.adapter.web.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.BodyIds;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ReviewsUseCase;
import io.ordercore.domain.shared.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Clients reviewing and rating their completed orders, and the aspects a rating scores. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reviews", description = "Reviews and ratings of completed orders")
public class ReviewController {

    private final ReviewsUseCase reviews;

    public ReviewController(ReviewsUseCase reviews) {
        this.reviews = reviews;
    }

    @Post("/reviews")
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Review one's own completed order, once; it is published after moderation")
    public ReviewJson leaveReview(@Body LeaveReviewRequest body, @RequestCaller Caller caller) {
        OrderId order = new OrderId(BodyIds.require("orderId", body.orderId()));
        return ReviewJson.from(reviews.leave(caller, order, body.text(), body.attitude()));
    }

    @Post("/me/orders/{id}/rating")
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Rate one's own completed order on every aspect, 1..5 each, once")
    public RatingJson rateOrder(long id, @Nullable @Body RateRequest body, @RequestCaller Caller caller) {
        OrderId order = PathIds.order(id);
        return RatingJson.from(reviews.rate(caller, order, body == null ? null : body.toScores()));
    }

    @Get("/ratings/aspects")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The aspects a rating scores, in order")
    public AspectsJson aspects() {
        return new AspectsJson(reviews.aspects());
    }
}
