package io.ordercore.application.port.in;

/**
 * PayMaster API v2 payment callbacks. PayMaster does not sign them, so nothing in the body is believed:
 * the callback only names a payment, which is then read back from PayMaster with the merchant's token.
 */
public interface PayMasterCallbackUseCase {

    /** The name payments and gateway-log entries of this protocol carry. */
    String GATEWAY = "paymaster-v2";

    /**
     * Looks the payment up at PayMaster and records it when it is {@code Settled}, its orderNo is
     * {@code ORDER-<id>} of an existing Unpaid order with an owner, its amount is exactly what is
     * outstanding, in RUB, and it is not a test payment (unless test payments are allowed). Every hint
     * goes to the gateway log with its verdict.
     *
     * @param paymentId PayMaster's payment id from the callback
     * @return true when the payment is on the books (recorded now, or by an earlier hint); false when it
     *         was refused (not settled, unknown, wrong order, amount or currency, test) and nothing changed
     * @throws io.ordercore.application.port.out.GatewayApiException when PayMaster could not be asked;
     *         answer the callback with an error so that PayMaster repeats it
     */
    boolean hint(String paymentId);
}
