package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.catalog.Category;
import java.util.List;

/** A list of categories, in the order that matters to the caller. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CategoryListJson(List<CategoryJson> categories) {

    public static CategoryListJson from(List<Category> categories) {
        return new CategoryListJson(categories.stream().map(CategoryJson::from).toList());
    }
}
