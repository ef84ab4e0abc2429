package io.ordercore.adapter.persistence.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A priority category in slot 1..3 of the quick-order widget. */
@MappedEntity("quick_order_category")
public record QuickOrderCategoryRow(@Id Integer slot, long categoryId) {
}
