package io.ordercore.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("call_example")
public record CallExampleRow(
        @Id Long id,
        long callTypeId,
        String title,
        @Nullable String body,
        @Nullable String recordingUrl,
        boolean frozen) {
}
