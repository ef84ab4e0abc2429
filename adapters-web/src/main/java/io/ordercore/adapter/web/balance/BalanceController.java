package io.ordercore.adapter.web.balance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.payment.CheckoutJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.BalanceUseCase;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.GatewayCallsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's points balance: what it holds, giving points away, topping it up. */
@Controller("/api/v1/me/balance")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Cabinet: balance", description = "The signed-in user's points balance")
public class BalanceController {

    private final BalanceUseCase balance;
    private final GatewayCallsUseCase gatewayCalls;

    public BalanceController(BalanceUseCase balance, GatewayCallsUseCase gatewayCalls) {
        this.balance = balance;
        this.gatewayCalls = gatewayCalls;
    }

    @Get
    @Operation(summary = "My points balance and its latest entries, newest first")
    public BalanceJson myBalance(@RequestCaller Caller caller) {
        return BalanceJson.from(balance.mine(caller));
    }

    @Post("/transfer")
    @Operation(summary = "Give points to another client by e-mail; answers my balance after it",
            description = "400 VALIDATION_FAILED with toEmail UNKNOWN_CLIENT (no client has it) or SELF_TRANSFER, or"
                    + " amountKopecks NOT_POSITIVE; 422 INSUFFICIENT_BALANCE for more than I hold.")
    public BalanceAmountJson transfer(@Nullable @Body TransferRequest body, @RequestCaller Caller caller) {
        TransferRequest form = body == null ? new TransferRequest(null, null) : body;
        return BalanceAmountJson.from(balance.transfer(caller, form.toEmail(), form.amountKopecks()));
    }

    @Post("/top-up/{gateway}")
    @Secured(Roles.CLIENT)
    @Operation(summary = "Where to pay to add amountKopecks to my balance through a gateway: a URL and form fields",
            description = "The balance grows when the gateway reports the payment. 404 for an unknown gateway.")
    public CheckoutJson topUp(String gateway, @Nullable @Body TopUpRequest body, @RequestCaller Caller caller) {
        return CheckoutJson.from(gatewayCalls.topUp(caller, gateway, body == null ? null : body.amountKopecks()));
    }
}
