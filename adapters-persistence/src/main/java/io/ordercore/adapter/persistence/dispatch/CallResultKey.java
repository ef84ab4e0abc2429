package io.ordercore.adapter.persistence.dispatch;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** Primary key of {@code call_result}: a call is the order's, the operator's, started at one instant. */
@Embeddable
public record CallResultKey(@MappedProperty("order_id") long orderId, @MappedProperty("operator_id") long operatorId,
                            @MappedProperty("started_at") Instant startedAt) {
}
