package io.ordercore.adapter.web.catalog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.application.port.in.BrowseCatalogUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The catalog as clients see it: frozen elements and everything under them are left out. */
@Controller("/api/v1/catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Catalog", description = "What clients can order")
public class CatalogController {

    private final BrowseCatalogUseCase browse;

    public CatalogController(BrowseCatalogUseCase browse) {
        this.browse = browse;
    }

    @Get
    @Operation(summary = "The visible catalog tree: categories, call types, examples")
    public CatalogJson visibleCatalog() {
        return CatalogJson.from(browse.visibleCatalog());
    }

    @Get("/call-types/{id}")
    @Operation(summary = "One orderable call type with its visible examples, for shareable order links",
            description = "404 when the call type, or its category, is frozen or unknown.")
    public CallTypeJson orderableCallType(long id) {
        return CallTypeJson.from(browse.orderableCallType(PathIds.callType(id)));
    }

    @Get("/quick-order")
    @Operation(summary = "Up to three categories for the quick-order widget")
    public CategoryListJson quickOrderCategories() {
        return CategoryListJson.from(browse.quickOrderCategories());
    }
}
