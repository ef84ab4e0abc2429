package io.ordercore.adapter.payment.cloudpayments;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC of a CloudPayments notification: Base64(HMAC-SHA256(API secret, raw body bytes)),
 * sent as {@code Content-HMAC}. Checked over the bytes exactly as received, before any parsing;
 * {@code X-Content-HMAC} is accepted over the raw or the URL-decoded body (sources disagree).
 */
public final class CloudPaymentsSignature {

    private final SecretKeySpec key;

    public CloudPaymentsSignature(String apiSecret) {
        if (apiSecret == null || apiSecret.isEmpty()) {
            throw new IllegalArgumentException("the CloudPayments API secret must be configured");
        }
        this.key = new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether either header authenticates the body: {@code contentHmac} over the raw bytes, or
     * {@code xContentHmac} over the raw or URL-decoded bytes. Null headers never match.
     */
    public boolean verify(byte[] body, String contentHmac, String xContentHmac) {
        String raw = sign(body);
        if (matches(raw, contentHmac) || matches(raw, xContentHmac)) {
            return true;
        }
        if (xContentHmac == null) {
            return false;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return false; // not form encoding, so there is no decoded variant to match
        }
        return matches(sign(decoded.getBytes(StandardCharsets.UTF_8)), xContentHmac);
    }

    private static boolean matches(String expected, String received) {
        return received != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                received.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
