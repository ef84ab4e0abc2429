package io.ordercore.adapter.persistence.catalog;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A talent a call type asks for; {@code ordinal} keeps the administrator's order. */
@MappedEntity("call_type_talent")
public record CallTypeTalentRow(@EmbeddedId CallTypeTalentKey id, int ordinal) {
}
