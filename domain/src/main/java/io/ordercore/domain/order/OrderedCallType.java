package io.ordercore.domain.order;

import io.ordercore.domain.catalog.CallTypeId;
import java.util.Objects;

/** The call type as it was when the order was placed: its id and a snapshot of its name. */
public record OrderedCallType(CallTypeId id, String name) {

    public OrderedCallType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
