package io.ordercore.adapter.persistence.order;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** Primary key of {@code order_history}: the order and the entry's number within it. */
@Embeddable
public record OrderHistoryKey(@MappedProperty("order_id") long orderId, @MappedProperty("seq") int seq) {
}
