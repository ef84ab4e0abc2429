package io.ordercore.application.port.in;

import io.ordercore.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last order of a page: its sort key and id, tied to the sort it came
 * from. Opaque to callers (URL-safe Base64); storage continues strictly after it.
 */
public record OrderCursor(OrderSort sort, Instant key, long id) {

    public String encode() {
        String plain = sort.name() + "|" + key.getEpochSecond() + "|" + key.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor made by {@link #encode()} for the same sort; anything else is a field error. */
    public static OrderCursor decode(String token, OrderSort expectedSort) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|");
            if (parts.length == 4) {
                OrderSort sort = OrderSort.valueOf(parts[0]);
                if (sort == expectedSort) {
                    Instant key = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                    return new OrderCursor(sort, key, Long.parseLong(parts[3]));
                }
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // reported below as a field error
        }
        throw ValidationException.of("cursor", "INVALID_CURSOR", "is not a cursor of this list and sort; start again without it");
    }
}
