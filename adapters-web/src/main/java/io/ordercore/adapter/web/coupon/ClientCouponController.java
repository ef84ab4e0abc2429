package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.order.ClientOrderJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ClientCouponsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A signed-in client's coupons: applying one to an unpaid order of theirs, and the ones they hold. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Cabinet")
public class ClientCouponController {

    private final ClientCouponsUseCase coupons;

    public ClientCouponController(ClientCouponsUseCase coupons) {
        this.coupons = coupons;
    }

    @Post("/orders/{id}/coupon")
    @Operation(summary = "Apply a coupon to one's own unpaid order, at once and for good",
            description = "A 100% coupon pays the order (it comes back PAID). 404 COUPON_UNKNOWN for an unknown code,"
                    + " 422 with the reason for a refused one, 404 NOT_FOUND for anyone else's order.")
    public ClientOrderJson applyCoupon(long id, @Nullable @Body ApplyCouponRequest body, @RequestCaller Caller caller) {
        return ClientOrderJson.from(coupons.apply(caller, PathIds.order(id), body == null ? null : body.code()));
    }

    @Get("/coupons")
    @Operation(summary = "The coupons granted or sent to one, newest first")
    public HeldCouponListJson myCoupons(@RequestCaller Caller caller) {
        return HeldCouponListJson.from(coupons.held(caller));
    }
}
