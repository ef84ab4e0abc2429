package io.ordercore.adapter.persistence.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A talent; {@code nameKey} (lower case) keeps names unique regardless of case. */
@MappedEntity("talent")
public record TalentRow(@Id Long id, String name, String nameKey, boolean critical) {
}
