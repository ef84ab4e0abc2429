package io.ordercore.adapter.persistence.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("category")
public record CategoryRow(@Id Long id, String name, boolean frozen) {
}
