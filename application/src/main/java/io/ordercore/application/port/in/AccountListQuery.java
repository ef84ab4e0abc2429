package io.ordercore.application.port.in;

import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.PointId;
import java.util.Optional;

/** Filters of the account list, by id. {@code emailPrefix} matches the lower-cased e-mail's start. */
public record AccountListQuery(Optional<Role> role, Optional<PointId> point, Optional<String> emailPrefix,
                               Optional<Long> afterId, int limit) {

    public AccountListQuery {
        if (limit < 1 || limit > 1000) {
            throw io.ordercore.domain.shared.ValidationException.of("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        emailPrefix = emailPrefix.map(e -> e.trim().toLowerCase(java.util.Locale.ROOT)).filter(e -> !e.isEmpty());
    }

    public static AccountListQuery all() {
        return new AccountListQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1000);
    }

    public AccountListQuery inPoint(PointId p) {
        return new AccountListQuery(role, Optional.of(p), emailPrefix, afterId, limit);
    }
}
