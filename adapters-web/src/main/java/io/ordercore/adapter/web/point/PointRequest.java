package io.ordercore.adapter.web.point;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.ManagePointsUseCase.PointForm;

/** A point as entered; every field but the description is required. */
@Serdeable
public record PointRequest(@Nullable String name, @Nullable String address, @Nullable String contacts,
                           @Nullable String description) {

    PointForm toForm() {
        return new PointForm(name, address, contacts, description);
    }
}
