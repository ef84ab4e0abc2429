package io.ordercore.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * Merchant-initiated card operations at CloudPayments: charging a saved card token (recurring payments)
 * and refunding a transaction. Amounts are exact decimal texts ("1500.00"), sent as given.
 *
 * <p>A decline is a result, not an exception; {@link GatewayApiException} means the API could not be
 * used (network, HTTP error, unreadable reply).
 */
public interface CardCharges {

    /** The gateway these operations go to; saved cards are looked up under this name. */
    String GATEWAY = "cloudpayments";

    /**
     * Charges the token once (one-stage, merchant-initiated: {@code TrInitiatorCode 0}).
     *
     * @param token       the card token from a successful Pay notification
     * @param accountId   the AccountId the token belongs to
     * @param invoiceId   our invoice ({@code ORDER-<id>}), or empty to send none
     * @param description shown to the payer, or empty to send none
     * @return approved with the transaction id, or declined with the gateway's reason
     * @throws GatewayApiException when the API could not be used
     */
    ChargeResult chargeToken(String token, String accountId, String amount, String currency, String invoiceId,
                             String description);

    /**
     * Refunds {@code amount} of a transaction (all or part of it).
     *
     * @return whether the gateway accepted the refund, with its message when it refused
     * @throws GatewayApiException when the API could not be used
     */
    RefundResult refund(String transactionId, String amount);

    /**
     * A token charge's outcome.
     *
     * @param approved      whether the card was charged
     * @param transactionId the gateway's transaction, when one was created (a declined charge has one too)
     * @param reason        why it was declined: the gateway's reason text and code, or its message
     */
    record ChargeResult(boolean approved, Optional<String> transactionId, Optional<String> reason) {
        public ChargeResult {
            Objects.requireNonNull(transactionId, "transactionId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A refund's outcome.
     *
     * @param success whether the gateway accepted the refund
     * @param message the gateway's message (why it refused), when it sent one
     */
    record RefundResult(boolean success, Optional<String> message) {
        public RefundResult {
            Objects.requireNonNull(message, "message");
        }
    }
}
