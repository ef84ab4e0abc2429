package io.ordercore.adapter.web.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ReviewsUseCase;
import io.ordercore.application.port.in.ReviewsUseCase.ListForm;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Moderating reviews (administrators and site managers), the rating aspects (administrators), and
 * operators' and points' average ratings (staff above; a point manager for their own point).
 */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: reviews")
public class AdminReviewController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final ReviewsUseCase reviews;

    public AdminReviewController(ReviewsUseCase reviews) {
        this.reviews = reviews;
    }

    @Get("/reviews")
    @Operation(summary = "Reviews, newest first, by status, contained text, dates (Moscow) and client e-mail;"
            + " page with beforeId")
    public ReviewListJson listReviews(@Nullable @QueryValue String status, @Nullable @QueryValue String text,
                                      @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                      @Nullable @QueryValue String clientEmail, @Nullable @QueryValue String beforeId,
                                      @Nullable @QueryValue String limit, @RequestCaller Caller caller) {
        Validation v = new Validation();
        Long before = QueryParams.id(v, "beforeId", beforeId).orElse(null);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        ListForm form = new ListForm(blankToNull(status), blankToNull(text), blankToNull(from), blankToNull(to),
                blankToNull(clientEmail), before, pageSize);
        return ReviewListJson.from(reviews.list(caller, form), pageSize);
    }

    @Post("/reviews/moderate")
    @Operation(summary = "Approve (publish; the attitude moves the operator's rating) or reject pending reviews")
    public MovedJson moderate(@Body ModerateRequest body, @RequestCaller Caller caller) {
        Validation v = new Validation();
        v.require("ids", body.ids());
        v.require("approve", body.approve());
        v.throwIfInvalid();
        if (body.ids().stream().anyMatch(id -> id == null || id <= 0)) {
            throw ValidationException.of("ids", "NOT_AN_ID", "every id must be a positive whole number");
        }
        return new MovedJson(reviews.moderate(caller, body.ids(), body.approve()));
    }

    @Put("/ratings/aspects")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Set the aspects new ratings must score")
    public AspectsJson setAspects(@Body AspectsJson body, @RequestCaller Caller caller) {
        return new AspectsJson(reviews.setAspects(caller, body.aspects()));
    }

    @Get("/operators/{id}/ratings")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "An operator's average score per aspect and how many ratings they come from")
    public AveragesJson operatorRatings(long id, @RequestCaller Caller caller) {
        return AveragesJson.from(reviews.operatorAverages(caller, PathIds.operator(id).value()));
    }

    @Get("/points/{id}/ratings")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR, Roles.POINT_MANAGER})
    @Operation(summary = "A point's average score per aspect and how many ratings they come from",
            description = "A point manager sees their own point's only (404 for another).")
    public AveragesJson pointRatings(long id, @RequestCaller Caller caller) {
        return AveragesJson.from(reviews.pointAverages(caller, PathIds.point(id).value()));
    }

    private static String blankToNull(String raw) {
        return QueryParams.text(raw).orElse(null);
    }
}
