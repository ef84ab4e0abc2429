package io.ordercore.adapter.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs callbacks as telephony does: lowercase hex HMAC-SHA256 of the exact body bytes, with the shared secret. */
@Singleton
public class TelephonySigner {

    public static final String PATH = "/api/v1/telephony/call-result";
    public static final String HEADER = "X-Signature";

    private final String secret;

    public TelephonySigner(@Value("${ordercore.telephony.secret}") String secret) {
        this.secret = secret;
    }

    public String sign(byte[] body) {
        return sign(secret, body);
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call-result callback carrying {@code body}, signed over exactly those bytes. */
    public MutableHttpRequest<byte[]> signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return unsigned(bytes).header(HEADER, sign(bytes));
    }

    public static MutableHttpRequest<byte[]> unsigned(byte[] body) {
        return HttpRequest.POST(PATH, body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
