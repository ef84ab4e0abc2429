package io.ordercore.adapter.persistence.catalog;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

@Embeddable
public record CallTypeTalentKey(@MappedProperty("call_type_id") long callTypeId,
                                @MappedProperty("talent_id") long talentId) {
}
