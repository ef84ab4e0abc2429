package io.ordercore.adapter.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("account")
public record AccountRow(
        @Id Long id,
        String email,
        String name,
        String role,
        @Nullable Long pointId,
        String passwordHash,
        int credentialsVersion,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        boolean blocked,
        String language,
        Instant createdAt,
        long version) {
}
