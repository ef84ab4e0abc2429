package io.ordercore.application.port.in;

import io.ordercore.application.port.out.PaymentGateway;
import io.ordercore.domain.shared.OrderId;

/**
 * Calls from payment gateways, and the start of a payment. A call is verified by its gateway's
 * protocol before anything else; its verdict and raw content go to the gateway log whatever it is.
 */
public interface GatewayCallsUseCase {

    /** Handles the call and returns the reply the gateway's protocol expects. Unknown gateway: 404. */
    PaymentGateway.Reply handle(String gateway, PaymentGateway.Call call);

    /** Where to send the order's owner to pay what is outstanding, through this gateway. */
    PaymentGateway.Checkout checkout(Caller caller, OrderId order, String gateway);

    /** Where to send the signed-in client to top up their points balance (CloudPayments). */
    PaymentGateway.Checkout topUp(Caller caller, String gateway, Long amountKopecks);
}
