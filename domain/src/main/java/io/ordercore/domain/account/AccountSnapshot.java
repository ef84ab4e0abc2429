package io.ordercore.domain.account;

import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import java.time.Instant;
import java.util.Optional;

/** The full state of an {@link Account}, for storage adapters. */
public record AccountSnapshot(
        AccountId id,
        Email email,
        String name,
        Role role,
        Optional<PointId> point,
        String passwordHash,
        int credentialsVersion,
        int failedSignIns,
        Optional<Instant> lockedUntil,
        boolean blocked,
        Language language,
        Instant createdAt,
        long version) {
}
