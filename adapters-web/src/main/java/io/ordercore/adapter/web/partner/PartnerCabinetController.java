package io.ordercore.adapter.web.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.operatorcabinet.PayoutAmountRequest;
import io.ordercore.adapter.web.payout.PayoutJson;
import io.ordercore.adapter.web.payout.PayoutListJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerCabinetUseCase;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The signed-in partner's own cabinet: referral link, statistics, commission account, banners and
 * payout requests. A partner account not enrolled yet gets 422 NOT_ENROLLED.
 */
@Controller("/api/v1/partner")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNER)
@Tag(name = "Partner cabinet", description = "The signed-in partner's link, statistics, commission and payouts")
public class PartnerCabinetController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;

    private final PartnerCabinetUseCase cabinet;

    public PartnerCabinetController(PartnerCabinetUseCase cabinet) {
        this.cabinet = cabinet;
    }

    @Get("/me")
    @Operation(summary = "My referral code and link, commission percentage and commission balance")
    public PartnerJson myPartnerProfile(@RequestCaller Caller caller) {
        return PartnerJson.from(cabinet.me(caller));
    }

    @Get("/stats")
    @Operation(summary = "Clients, paid orders and commission from one Moscow date to another (both included)",
            description = "from and to are YYYY-MM-DD; the current month to today when absent. 400 VALIDATION_FAILED"
                    + " for a malformed date or to BEFORE_FROM.")
    public PartnerStatsJson myPartnerStats(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                  @RequestCaller Caller caller) {
        return PartnerStatsJson.from(cabinet.stats(caller, QueryParams.text(from).orElse(null),
                QueryParams.text(to).orElse(null)));
    }

    @Get("/ledger")
    @Operation(summary = "My commission account's entries, newest first; page with beforeId")
    public LedgerPageJson myCommissionLedger(@Nullable @QueryValue String beforeId, @Nullable @QueryValue String limit,
                                 @RequestCaller Caller caller) {
        Validation v = new Validation();
        Long before = QueryParams.id(v, "beforeId", beforeId).orElse(null);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return LedgerPageJson.page(cabinet.ledger(caller, before, pageSize), pageSize);
    }

    @Get("/banners")
    @Operation(summary = "The banner catalogue grouped by size, each with my link and the HTML to paste")
    public BannerGroupsJson myBanners(@RequestCaller Caller caller) {
        return BannerGroupsJson.from(cabinet.banners(caller));
    }

    @Get("/payouts")
    @Operation(summary = "My payout requests, newest first")
    public PayoutListJson myPartnerPayouts(@RequestCaller Caller caller) {
        return PayoutListJson.from(cabinet.payouts(caller));
    }

    @Post("/payouts")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Ask for a payout of my commission (422 OVER_BALANCE for more than my balance)",
            description = "The amount leaves the balance at once; an administrator moves the request along its"
                    + " statuses (CANCELLED gives it back). Accepts Idempotency-Key.")
    public PayoutJson requestPartnerPayout(@Nullable @Body PayoutAmountRequest body, @RequestCaller Caller caller) {
        return PayoutJson.from(cabinet.requestPayout(caller, body == null ? null : body.amountKopecks()));
    }
}
