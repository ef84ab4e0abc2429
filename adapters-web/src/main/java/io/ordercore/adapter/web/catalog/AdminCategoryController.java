package io.ordercore.adapter.web.catalog;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Categories: the top level of the catalog. */
@Controller("/api/v1/admin/catalog/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: catalog")
public class AdminCategoryController {

    private final ManageCatalogUseCase catalog;

    public AdminCategoryController(ManageCatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a category")
    public CategoryJson createCategory(@Body CategoryRequest body, @RequestCaller Caller caller) {
        return CategoryJson.from(catalog.createCategory(caller, body.name()));
    }

    @Put("/{id}")
    @Operation(summary = "Rename a category")
    public CategoryJson renameCategory(long id, @Body CategoryRequest body, @RequestCaller Caller caller) {
        return CategoryJson.from(catalog.renameCategory(caller, PathIds.category(id), body.name()));
    }

    @Post("/{id}/freeze")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Freeze a category: it and everything under it disappear for clients")
    public void freezeCategory(long id, @RequestCaller Caller caller) {
        catalog.setFrozen(caller, CatalogElement.CATEGORY, id, true);
    }

    @Post("/{id}/unfreeze")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unfreeze a category")
    public void unfreezeCategory(long id, @RequestCaller Caller caller) {
        catalog.setFrozen(caller, CatalogElement.CATEGORY, id, false);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a category with its call types and examples")
    public void deleteCategory(long id, @RequestCaller Caller caller) {
        catalog.delete(caller, CatalogElement.CATEGORY, id);
    }
}
