package io.ordercore.application.port.out;

import java.util.Objects;

/**
 * PayMaster API v2 (paymaster.ru), the calls ordercore makes: create a payment link for an invoice, and
 * read a payment back from PayMaster itself (its callbacks are unsigned, so they are only a hint).
 * Amounts are exact decimal texts; "10.50" and "10.5000" are the same amount.
 *
 * @see io.ordercore.application.port.in.PayMasterCallbackUseCase
 */
public interface PayMasterApi {

    /**
     * Creates an invoice ({@code POST /api/v2/invoices}).
     *
     * @param orderNo     our invoice, {@code ORDER-<id>}
     * @param callbackUrl where PayMaster posts the payment status (a hint only)
     * @param returnUrl   where the buyer comes back after paying
     * @return PayMaster's payment id and the URL to send the buyer to
     * @throws GatewayApiException when the API could not be used or answered an error
     */
    Invoice createInvoice(String merchantId, String orderNo, String amount, String currency, String description,
                          String callbackUrl, String returnUrl);

    /**
     * The payment as PayMaster knows it ({@code GET /api/v2/payments/{id}}).
     *
     * @throws GatewayApiException when the API could not be used or answered an error; an unknown payment
     *                             is an HTTP 404 there
     */
    PaymentStatus payment(String paymentId);

    /** A created invoice: PayMaster's payment id, and the payment page to redirect the buyer to. */
    record Invoice(String paymentId, String url) {
        public Invoice {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * A payment as PayMaster reports it.
     *
     * @param status   {@code Settled} (paid), {@code Authorized} (held, dual mode), {@code Cancelled},
     *                 {@code Rejected}, {@code Confirmation}, {@code Pending}
     * @param amount   exact decimal text as received, e.g. {@code 10.5000}
     * @param orderNo  the invoice's orderNo, empty when it had none
     * @param testMode whether it was a test payment
     */
    record PaymentStatus(String id, String status, String amount, String currency, String orderNo, boolean testMode) {
        public static final String SETTLED = "Settled";

        public PaymentStatus {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            orderNo = orderNo == null ? "" : orderNo;
        }
    }
}
