package io.ordercore.adapter.persistence.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code partner}; a NULL percentage means the global setting applies. */
@MappedEntity("partner")
public record PartnerRow(@Id Long accountId, String referralCode, @Nullable Integer commissionPercent, Instant since) {
}
