package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.catalog.Category;
import java.util.List;

/** The administrator's priority categories for the quick-order widget, in the chosen order. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PriorityCategoriesJson(List<Long> categoryIds, List<CategoryJson> categories) {

    public static PriorityCategoriesJson from(List<Category> categories) {
        return new PriorityCategoriesJson(categories.stream().map(c -> c.id().value()).toList(),
                categories.stream().map(CategoryJson::from).toList());
    }
}
