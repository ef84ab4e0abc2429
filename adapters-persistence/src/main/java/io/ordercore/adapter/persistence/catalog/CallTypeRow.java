package io.ordercore.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("call_type")
public record CallTypeRow(
        @Id Long id,
        long categoryId,
        String name,
        long priceMinor,
        String currency,
        @Nullable String description,
        String requiredGender,
        @Nullable String imageUrl,
        boolean frozen) {
}
