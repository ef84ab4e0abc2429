package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.CatalogSection;
import java.util.List;

/** The catalog tree: categories, each with its call types, each with its examples. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CatalogJson(List<CatalogSectionJson> categories) {

    public static CatalogJson from(List<CatalogSection> sections) {
        return new CatalogJson(sections.stream().map(CatalogSectionJson::from).toList());
    }
}
