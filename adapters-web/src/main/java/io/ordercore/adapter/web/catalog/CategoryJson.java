package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.catalog.Category;

/** A catalog category. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CategoryJson(long id, String name, boolean frozen) {

    public static CategoryJson from(Category category) {
        return new CategoryJson(category.id().value(), category.name(), category.frozen());
    }
}
