package io.ordercore.adapter.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.order.ClientOrderJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.application.port.in.BalanceUseCase;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.GatewayCallsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Paying one's own Unpaid order: from one's points balance, or through a payment gateway. */
@Controller("/api/v1/me/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Cabinet: payments", description = "Paying one's own orders")
public class OrderPaymentController {

    private final BalanceUseCase balance;
    private final GatewayCallsUseCase gatewayCalls;

    public OrderPaymentController(BalanceUseCase balance, GatewayCallsUseCase gatewayCalls) {
        this.balance = balance;
        this.gatewayCalls = gatewayCalls;
    }

    @Post("/{id}/pay-from-balance")
    @Operation(summary = "Pay an Unpaid order from one's points balance: amountKopecks of it, or all that is outstanding",
            description = "The order is Paid once covered. 422 INSUFFICIENT_BALANCE when the balance is smaller,"
                    + " 422 ORDER_NOT_PAYABLE when the order is not Unpaid, 404 for anyone else's order.")
    public ClientOrderJson payFromBalance(long id, @Nullable @Body PayFromBalanceRequest body,
                                          @RequestCaller Caller caller) {
        return ClientOrderJson.from(balance.payOrder(caller, PathIds.order(id), body == null ? null : body.amountKopecks()));
    }

    @Post("/{id}/checkout/{gateway}")
    @Operation(summary = "Where to pay what is outstanding on an Unpaid order through a gateway: a URL and form fields",
            description = "404 for an unknown gateway or anyone else's order; 422 ORDER_NOT_PAYABLE when not Unpaid.")
    public CheckoutJson checkout(long id, String gateway, @RequestCaller Caller caller) {
        return CheckoutJson.from(gatewayCalls.checkout(caller, PathIds.order(id), gateway));
    }
}
