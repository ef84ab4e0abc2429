package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Coupons one by one: the filtered list, deleting by code, super coupons, sending a coupon by e-mail. */
@Controller("/api/v1/admin/coupons")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: coupons")
public class AdminCouponController {

    private final ManageCouponsUseCase coupons;

    public AdminCouponController(ManageCouponsUseCase coupons) {
        this.coupons = coupons;
    }

    @Get
    @Operation(summary = "Coupons by id, filtered by group, kind, used, code and client; page with afterId",
            description = "Every bad filter is reported at once (400).")
    public CouponPageJson listCoupons(@RequestBean CouponFilters filters, @RequestCaller Caller caller) {
        return CouponPageJson.from(coupons.list(caller, filters.toForm()), filters.pageSize());
    }

    @Post("/delete")
    @Operation(summary = "Delete coupons by code, used or not; with an unknown code nothing is deleted (400)")
    public DeletedJson deleteCoupons(@Nullable @Body DeleteCodesRequest body, @RequestCaller Caller caller) {
        if (body == null || body.codes() == null) {
            throw ValidationException.of("codes", "REQUIRED", "is required");
        }
        return new DeletedJson(coupons.deleteCodes(caller, body.codes()));
    }

    @Post("/super")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a super coupon: one code for many clients, each once, optionally limited in total")
    public CouponJson createSuperCoupon(@Nullable @Body SuperCouponRequest body, @RequestCaller Caller caller) {
        SuperCouponRequest form = body == null ? SuperCouponRequest.EMPTY : body;
        return CouponJson.from(coupons.createSuper(caller, form.toForm()));
    }

    @Post("/{code}/send")
    @Operation(summary = "E-mail a coupon to a client, who then holds it when they have an account")
    public CouponJson sendCoupon(String code, @Nullable @Body SendCouponRequest body, @RequestCaller Caller caller) {
        return CouponJson.from(coupons.send(caller, code, body == null ? null : body.email()));
    }
}
