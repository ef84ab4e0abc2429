package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
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

/** The percent of the coupon a client is granted on every second paid order. */
@Controller("/api/v1/admin/coupons/repeat-order-percent")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: coupons")
public class RepeatOrderPercentController {

    private final ManageCouponsUseCase coupons;

    public RepeatOrderPercentController(ManageCouponsUseCase coupons) {
        this.coupons = coupons;
    }

    @Get
    @Operation(summary = "The percent of repeat-order coupons (10 until set)")
    public RepeatOrderPercentJson repeatOrderPercent(@RequestCaller Caller caller) {
        return new RepeatOrderPercentJson(coupons.repeatOrderPercent(caller));
    }

    @Put
    @Operation(summary = "Set the percent of repeat-order coupons granted from now on (1..99)")
    public RepeatOrderPercentJson setRepeatOrderPercent(@Nullable @Body RepeatOrderPercentRequest body,
                                                        @RequestCaller Caller caller) {
        if (body == null || body.percent() == null) {
            throw ValidationException.of("percent", "REQUIRED", "is required");
        }
        coupons.setRepeatOrderPercent(caller, body.percent());
        return new RepeatOrderPercentJson(coupons.repeatOrderPercent(caller));
    }
}
