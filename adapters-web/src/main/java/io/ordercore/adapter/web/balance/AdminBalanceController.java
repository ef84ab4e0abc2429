package io.ordercore.adapter.web.balance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.BalanceUseCase;
import io.ordercore.application.port.in.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Clients' points balances as staff see them, and administrators' corrections. */
@Controller("/api/v1/admin/balances")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: balances")
public class AdminBalanceController {

    private final BalanceUseCase balance;

    public AdminBalanceController(BalanceUseCase balance) {
        this.balance = balance;
    }

    @Get("/{accountId}")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "An account's points balance and its latest entries, newest first")
    public BalanceJson balanceOf(long accountId, @RequestCaller Caller caller) {
        return BalanceJson.from(balance.of(caller, PathIds.account(accountId).value()));
    }

    @Post("/{accountId}/adjust")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Correct a client's balance by amountKopecks (negative takes away), with a reason",
            description = "Answers the balance after it. 400 VALIDATION_FAILED (amountKopecks ZERO, reason REQUIRED),"
                    + " 422 INSUFFICIENT_BALANCE when it would go below zero, 404 when the account is no client.")
    public BalanceAmountJson adjust(long accountId, @Nullable @Body AdjustRequest body, @RequestCaller Caller caller) {
        AdjustRequest form = body == null ? new AdjustRequest(null, null) : body;
        return BalanceAmountJson.from(balance.adjust(caller, PathIds.account(accountId).value(), form.amountKopecks(),
                form.reason()));
    }
}
