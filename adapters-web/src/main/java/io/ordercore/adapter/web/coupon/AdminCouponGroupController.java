package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Groups of generated coupons: generate one, see them with their totals, delete all or part of one. */
@Controller("/api/v1/admin/coupons/groups")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: coupons")
public class AdminCouponGroupController {

    private final ManageCouponsUseCase coupons;

    public AdminCouponGroupController(ManageCouponsUseCase coupons) {
        this.coupons = coupons;
    }

    @Get
    @Operation(summary = "Every coupon group, newest first, with how many coupons it has, used and unused")
    public CouponGroupListJson listCouponGroups(@RequestCaller Caller caller) {
        return CouponGroupListJson.from(coupons.groups(caller));
    }

    /** A missing body is read as an empty form, so every missing field is listed at once. */
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Generate a group of single-use PERCENT (1..99%) or FULL (100%) coupons with random codes")
    public GeneratedGroupJson generateCoupons(@Nullable @Body GenerateRequest body, @RequestCaller Caller caller) {
        GenerateRequest form = body == null ? GenerateRequest.EMPTY : body;
        return GeneratedGroupJson.from(coupons.generate(caller, form.toForm()));
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a group with all its coupons, used or not")
    public DeletedJson deleteCouponGroup(long id, @RequestCaller Caller caller) {
        return new DeletedJson(coupons.deleteGroup(caller, PathIds.couponGroup(id)));
    }

    @Post("/{id}/delete-random")
    @Operation(summary = "Delete at most count random unused coupons of a group; used ones are never deleted")
    public DeletedJson deleteRandomCoupons(long id, @Nullable @Body DeleteRandomRequest body,
                                           @RequestCaller Caller caller) {
        if (body == null || body.count() == null) {
            throw ValidationException.of("count", "REQUIRED", "is required");
        }
        return new DeletedJson(coupons.deleteRandomUnused(caller, PathIds.couponGroup(id), body.count()));
    }
}
