package io.ordercore.adapter.web.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.BodyIds;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnersUseCase;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The partner programme as administrators run it: partners and their commission, the global
 * percentage. A partner is identified by its account id. Payouts to partners are handled with the
 * other payout requests (/api/v1/admin/payouts).
 */
@Controller("/api/v1/admin/partners")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: partners")
public class AdminPartnerController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;

    private final PartnersUseCase partners;

    public AdminPartnerController(PartnersUseCase partners) {
        this.partners = partners;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER})
    @Operation(summary = "Partners by id; page with afterId")
    public PartnerListJson listPartners(@Nullable @QueryValue String afterId, @Nullable @QueryValue String limit,
                                        @RequestCaller Caller caller) {
        Validation v = new Validation();
        Long after = QueryParams.id(v, "afterId", afterId).orElse(null);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return PartnerListJson.from(partners.list(caller, after, pageSize), pageSize);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.ADMIN)
    @Operation(summary = "Enrol an account of role PARTNER: it gets a referral code",
            description = "commissionPercent (1..100) is the partner's own; the global one applies when absent."
                    + " 404 for an unknown account, 422 NOT_A_PARTNER_ACCOUNT for another role, 422 PARTNER_EXISTS.")
    public PartnerJson enrolPartner(@Nullable @Body EnrolRequest body, @RequestCaller Caller caller) {
        EnrolRequest form = body == null ? new EnrolRequest(null, null) : body;
        return PartnerJson.from(partners.enrol(caller, BodyIds.require("accountId", form.accountId()),
                form.commissionPercent()));
    }

    @Get("/settings")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER})
    @Operation(summary = "The global commission percentage, for partners without their own (10 until set)")
    public CommissionJson defaultCommission(@RequestCaller Caller caller) {
        return new CommissionJson(partners.defaultCommission(caller));
    }

    @Put("/settings")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Set the global commission percentage (1..100), for payments from now on")
    public CommissionJson setDefaultCommission(@Nullable @Body CommissionRequest body, @RequestCaller Caller caller) {
        Integer percent = body == null ? null : body.commissionPercent();
        return new CommissionJson(partners.setDefaultCommission(caller, percent));
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER})
    @Operation(summary = "One partner, with its commission balance")
    public PartnerJson getPartner(long id, @RequestCaller Caller caller) {
        return PartnerJson.from(partners.get(caller, PathIds.partner(id)));
    }

    @Put("/{id}/commission")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Set the partner's own commission percentage (1..100), or null for the global one",
            description = "Applies to payments from now on.")
    public PartnerJson setPartnerCommission(long id, @Body CommissionRequest body, @RequestCaller Caller caller) {
        return PartnerJson.from(partners.setCommission(caller, PathIds.partner(id), body.commissionPercent()));
    }

    @Get("/{id}/stats")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER})
    @Operation(summary = "A partner's clients, paid orders and commission from one Moscow date to another",
            description = "from and to are YYYY-MM-DD, both included; the current month to today when absent.")
    public PartnerStatsJson partnerStats(long id, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                  @RequestCaller Caller caller) {
        return PartnerStatsJson.from(partners.stats(caller, PathIds.partner(id), QueryParams.text(from).orElse(null),
                QueryParams.text(to).orElse(null)));
    }
}
