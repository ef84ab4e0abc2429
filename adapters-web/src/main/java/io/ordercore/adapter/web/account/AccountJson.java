package io.ordercore.adapter.web.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.domain.point.PointId;
import java.time.Instant;

/**
 * An account as its owner and staff see it. {@code lockedUntil} is set while too many wrong
 * passwords keep it from signing in. Never a password or its hash (the core does not hand them out).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountJson(long id, String email, String name, String role, @Nullable Long pointId, boolean blocked,
                          @Nullable String lockedUntil, String language, String createdAt) {

    public static AccountJson from(AccountView a) {
        return new AccountJson(a.id().value(), a.email().value(), a.name(), a.role().name(),
                a.point().map(PointId::value).orElse(null), a.blocked(), a.lockedUntil().map(Instant::toString).orElse(null),
                a.language().name(), a.createdAt().toString());
    }
}
