package io.ordercore.adapter.web.payout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PayoutsUseCase;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators' payout requests, handled by hand: the money is sent outside ordercore. */
@Controller("/api/v1/admin/payouts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: payouts")
public class AdminPayoutController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final PayoutsUseCase payouts;

    public AdminPayoutController(PayoutsUseCase payouts) {
        this.payouts = payouts;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER})
    @Operation(summary = "Payout requests, newest first, by status and payee; page with beforeId")
    public PayoutListJson listPayouts(@Nullable @QueryValue String status, @Nullable @QueryValue String payeeId,
                                      @Nullable @QueryValue String beforeId, @Nullable @QueryValue String limit,
                                      @RequestCaller Caller caller) {
        Validation v = new Validation();
        Long payee = QueryParams.id(v, "payeeId", payeeId).orElse(null);
        Long before = QueryParams.id(v, "beforeId", beforeId).orElse(null);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return PayoutListJson.page(payouts.list(caller, QueryParams.text(status).orElse(null), payee, before, pageSize),
                pageSize);
    }

    @Post("/{id}/status")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Move a payout request along PROCESSING -> TRANSFERRED / CANCELLED / ERROR",
            description = "TRANSFERRED e-mails the payee; CANCELLED releases the amount back to their balance.")
    public PayoutJson setPayoutStatus(long id, @Body PayoutStatusRequest body, @RequestCaller Caller caller) {
        return PayoutJson.from(payouts.setStatus(caller, PathIds.payout(id), body.status(), body.note()));
    }
}
