package io.ordercore.adapter.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictBoolean;

/** A new talent; not critical unless said so. */
@Serdeable
public record TalentRequest(
        @Nullable String name,
        @Nullable @Serdeable.Deserializable(using = StrictBoolean.class) Boolean critical) {
}
