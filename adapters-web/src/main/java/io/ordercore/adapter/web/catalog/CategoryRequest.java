package io.ordercore.adapter.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A category's name, to create or rename it. */
@Serdeable
public record CategoryRequest(@Nullable String name) {
}
