package io.ordercore.adapter.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("point")
public record PointRow(@Id Long id, String name, String address, String contacts, @Nullable String description) {
}
