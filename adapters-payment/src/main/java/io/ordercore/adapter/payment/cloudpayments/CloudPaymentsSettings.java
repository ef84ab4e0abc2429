package io.ordercore.adapter.payment.cloudpayments;

/**
 * A CloudPayments site's settings.
 *
 * @param publicId    the site's Public ID, given to the payment widget
 * @param apiSecret   the API secret that keys the notifications' HMAC
 * @param testAllowed whether notifications with TestMode set are accepted
 */
public record CloudPaymentsSettings(String publicId, String apiSecret, boolean testAllowed) {

    public CloudPaymentsSettings {
        if (publicId == null || publicId.isBlank()) {
            throw new IllegalArgumentException("the CloudPayments Public ID must be configured");
        }
        if (apiSecret == null || apiSecret.isEmpty()) {
            throw new IllegalArgumentException("the CloudPayments API secret must be configured");
        }
        publicId = publicId.strip();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "CloudPaymentsSettings[publicId=" + publicId + ", apiSecret=***, testAllowed=" + testAllowed + "]";
    }
}
