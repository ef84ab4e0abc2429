package io.ordercore.adapter.web.point;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.point.Point;

/** A point of sale; {@code description} is its page text, null when there is none. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PointJson(long id, String name, String address, String contacts, @Nullable String description) {

    static PointJson from(Point p) {
        return new PointJson(p.id().value(), p.name(), p.address(), p.contacts(), p.description().orElse(null));
    }
}
