package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.OrderedCallType;

/** The call type ordered, with its name as it was when ordered. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallTypeRefJson(long id, String name) {

    public static CallTypeRefJson from(OrderedCallType type) {
        return new CallTypeRefJson(type.id().value(), type.name());
    }
}
