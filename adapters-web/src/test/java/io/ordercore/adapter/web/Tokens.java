package io.ordercore.adapter.web;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Looking inside bearer tokens, and breaking them, as an attacker would. */
public final class Tokens {

    private Tokens() {
    }

    /** The claims of a JWT, read without checking its signature. */
    public static JsonNode claims(JsonMapper mapper, String token) {
        String payload = token.split("\\.")[1];
        try {
            return mapper.readValue(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8),
                    Argument.of(JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token with one character in the middle of its signature changed. */
    public static String withFlippedSignature(String token) {
        int dot = token.lastIndexOf('.');
        int at = dot + (token.length() - dot) / 2;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + flipped + token.substring(at + 1);
    }

    /** The token with its payload replaced (the signature kept): claims someone else's rights. */
    public static String withPayload(String token, String json) {
        String[] parts = token.split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }
}
