package io.ordercore.adapter.payment.paymaster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The LMI_HASH of a PayMaster payment notification (legacy LMI_* protocol): ten fields and the
 * merchant secret joined with ';', hashed as UTF-8, the raw digest Base64-encoded. Values are
 * hashed exactly as received ("99.90" stays "99.90"); an absent field counts as empty.
 */
public final class PayMasterHash {

    /** The digest the merchant chose in the PayMaster account ("Тип подписи"). */
    public enum Algorithm {
        MD5("MD5"),
        SHA1("SHA-1"),
        SHA256("SHA-256");

        private final String jcaName;

        Algorithm(String jcaName) {
            this.jcaName = jcaName;
        }
    }

    /** The signed fields, in signing order. */
    public static final List<String> FIELDS = List.of(
            "LMI_MERCHANT_ID", "LMI_PAYMENT_NO", "LMI_SYS_PAYMENT_ID", "LMI_SYS_PAYMENT_DATE",
            "LMI_PAYMENT_AMOUNT", "LMI_CURRENCY", "LMI_PAID_AMOUNT", "LMI_PAID_CURRENCY",
            "LMI_PAYMENT_SYSTEM", "LMI_SIM_MODE");

    private final Algorithm algorithm;
    private final byte[] secret;

    public PayMasterHash(Algorithm algorithm, String secret) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the PayMaster secret key must be configured");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The expected LMI_HASH for the notification's form fields. */
    public String sign(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        for (String name : FIELDS) {
            text.append(fields.getOrDefault(name, "")).append(';');
        }
        byte[] prefix = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + secret.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(secret, 0, message, prefix.length, secret.length);
        return Base64.getEncoder().encodeToString(digest().digest(message));
    }

    /** Whether {@code fields} carry a LMI_HASH that matches; compared in constant time. */
    public boolean verify(Map<String, String> fields) {
        String received = fields.get("LMI_HASH");
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.US_ASCII),
                received.getBytes(StandardCharsets.US_ASCII));
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(algorithm.jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jcaName + " is part of every Java runtime", e);
        }
    }
}
