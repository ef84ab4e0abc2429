package io.ordercore.application.port.in;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters of the audit list, newest first.
 *
 * @param actor     the acting account's e-mail (or a system label like {@code system:cli}); also
 *                  matches entries where that account was the impersonator
 * @param target    exact target ({@code order:42}) or a prefix ending in ':' ({@code order:})
 * @param since     entries at or after this instant
 * @param beforeId  for paging: entries with a smaller id
 */
public record AuditQuery(Optional<String> actor, Optional<String> target, Optional<Instant> since,
                         Optional<Long> beforeId, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw io.ordercore.domain.shared.ValidationException.of("limit", "OUT_OF_RANGE", "must be 1.." + MAX_LIMIT);
        }
        actor = actor.map(a -> a.trim().toLowerCase(java.util.Locale.ROOT)).filter(a -> !a.isEmpty());
        target = target.map(String::trim).filter(t -> !t.isEmpty());
    }
}
