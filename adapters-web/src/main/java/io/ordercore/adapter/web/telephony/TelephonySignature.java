package io.ordercore.adapter.web.telephony;

import io.micronaut.context.annotation.Value;
import io.ordercore.adapter.web.security.InvalidSignatureException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks telephony's callbacks: {@code X-Signature} is the lowercase hex HMAC-SHA256 of the raw body
 * with the secret shared with telephony ({@code ordercore.telephony.secret}). Without a secret every
 * callback is refused, so an unconfigured service cannot be fed call results.
 */
@Singleton
public class TelephonySignature {

    static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public TelephonySignature(@Value("${ordercore.telephony.secret:}") String secret) {
        this.key = secret == null || secret.isEmpty() ? null
                : new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Returns normally only when {@code signature} is the body's; compares in constant time. */
    public void verify(byte[] body, String signature) {
        if (key == null || signature == null || signature.isBlank()) {
            throw new InvalidSignatureException();
        }
        byte[] expected = HexFormat.of().formatHex(hmac(body)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new InvalidSignatureException();
        }
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
