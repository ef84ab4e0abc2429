package io.ordercore.adapter.web.catalog;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The whole catalog tree and the quick-order priority categories, for administrators. */
@Controller("/api/v1/admin/catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: catalog")
public class AdminCatalogController {

    private final ManageCatalogUseCase catalog;

    public AdminCatalogController(ManageCatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "The full catalog tree, frozen elements included")
    public CatalogJson fullCatalog(@RequestCaller Caller caller) {
        return CatalogJson.from(catalog.fullCatalog(caller));
    }

    @Get("/priority-categories")
    @Operation(summary = "The priority categories of the quick-order widget, as chosen")
    public PriorityCategoriesJson priorityCategories(@RequestCaller Caller caller) {
        return PriorityCategoriesJson.from(catalog.priorityCategories(caller));
    }

    @Put("/priority-categories")
    @Operation(summary = "Replace the priority categories (at most three; an empty list clears them)")
    public PriorityCategoriesJson setPriorityCategories(@Body PriorityCategoriesRequest body, @RequestCaller Caller caller) {
        catalog.setPriorityCategories(caller, categoryIds(body.categoryIds()));
        return PriorityCategoriesJson.from(catalog.priorityCategories(caller));
    }

    private static List<CategoryId> categoryIds(List<Long> raw) {
        if (raw == null) {
            throw ValidationException.of("categoryIds", "REQUIRED", "is required; send [] to clear");
        }
        for (Long id : raw) {
            if (id == null || id <= 0) {
                throw ValidationException.of("categoryIds", "UNKNOWN_CATEGORY", "no category with id " + id);
            }
        }
        return raw.stream().map(CategoryId::new).toList();
    }
}
