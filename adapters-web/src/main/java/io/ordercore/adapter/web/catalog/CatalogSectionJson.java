package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.CatalogSection;
import java.util.List;

/** A category with its call types. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CatalogSectionJson(long id, String name, boolean frozen, List<CallTypeJson> callTypes) {

    public static CatalogSectionJson from(CatalogSection section) {
        return new CatalogSectionJson(section.category().id().value(), section.category().name(),
                section.category().frozen(), section.callTypes().stream().map(CallTypeJson::from).toList());
    }
}
