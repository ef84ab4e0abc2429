package io.ordercore.adapter.payment.paymaster;

import java.util.Locale;

/**
 * A PayMaster site's settings for the legacy LMI_* protocol.
 *
 * @param merchantId             the site id (LMI_MERCHANT_ID), a UUID from the personal account
 * @param secret                 the secret key the LMI_HASH is computed with
 * @param algorithm              the site's "signature type": {@code md5}, {@code sha1} or {@code sha256}
 *                               (blank means {@code sha256})
 * @param testAllowed            whether test (simulated) payments are accepted
 * @param paymentUrl             where the buyer's form is posted (blank means {@code https://paymaster.ru/payment/init})
 * @param notificationUrl        LMI_PAYMENT_NOTIFICATION_URL override sent with the form; blank: none
 * @param invoiceConfirmationUrl LMI_INVOICE_CONFIRMATION_URL override sent with the form; blank: none
 * @param successUrl             LMI_SUCCESS_URL override; blank: none
 * @param failureUrl             LMI_FAILURE_URL override; blank: none
 */
public record PayMasterSettings(String merchantId, String secret, String algorithm, boolean testAllowed,
                                String paymentUrl, String notificationUrl, String invoiceConfirmationUrl,
                                String successUrl, String failureUrl) {

    public static final String DEFAULT_PAYMENT_URL = "https://paymaster.ru/payment/init";

    public PayMasterSettings {
        if (merchantId == null || merchantId.isBlank()) {
            throw new IllegalArgumentException("the PayMaster merchant id must be configured");
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the PayMaster secret key must be configured");
        }
        merchantId = merchantId.strip();
        algorithm = algorithm == null || algorithm.isBlank() ? "sha256" : algorithm.strip().toLowerCase(Locale.ROOT);
        hashAlgorithm(algorithm); // refuses an unknown name at start-up, not on the first payment
        paymentUrl = paymentUrl == null || paymentUrl.isBlank() ? DEFAULT_PAYMENT_URL : paymentUrl.strip();
        notificationUrl = blankToEmpty(notificationUrl);
        invoiceConfirmationUrl = blankToEmpty(invoiceConfirmationUrl);
        successUrl = blankToEmpty(successUrl);
        failureUrl = blankToEmpty(failureUrl);
    }

    /** The digest named by {@link #algorithm()}. */
    public PayMasterHash.Algorithm hashAlgorithm() {
        return hashAlgorithm(algorithm);
    }

    private static PayMasterHash.Algorithm hashAlgorithm(String name) {
        return switch (name) {
            case "md5" -> PayMasterHash.Algorithm.MD5;
            case "sha1", "sha-1" -> PayMasterHash.Algorithm.SHA1;
            case "sha256", "sha-256" -> PayMasterHash.Algorithm.SHA256;
            default -> throw new IllegalArgumentException(
                    "the PayMaster signature algorithm must be md5, sha1 or sha256, not " + name);
        };
    }

    private static String blankToEmpty(String url) {
        return url == null ? "" : url.strip();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "PayMasterSettings[merchantId=" + merchantId + ", secret=***, algorithm=" + algorithm
                + ", testAllowed=" + testAllowed + ", paymentUrl=" + paymentUrl + "]";
    }
}
