package io.ordercore.adapter.payment.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body read as UTF-8. Names and values are decoded
 * once and kept exactly as decoded (never trimmed or re-formatted), because signatures are computed
 * over them. When a name repeats, the first occurrence wins, so a later duplicate cannot override a
 * signed value.
 */
public final class FormBody {

    private FormBody() {
    }

    /**
     * The fields of {@code body} in their order of appearance, or empty when the body is not valid
     * form encoding (a broken {@code %} escape).
     */
    public static Optional<Map<String, String>> parse(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.length == 0) {
            return Optional.of(Collections.unmodifiableMap(fields));
        }
        // Senders should percent-encode everything non-ASCII; a raw UTF-8 character still reads right.
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            for (String pair : text.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(Collections.unmodifiableMap(fields));
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
