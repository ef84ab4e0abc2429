package io.ordercore.adapter.web.catalog;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Call examples: samples shown to clients choosing a call type. */
@Controller("/api/v1/admin/catalog/call-examples")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: catalog")
public class AdminCallExampleController {

    private final ManageCatalogUseCase catalog;

    public AdminCallExampleController(ManageCatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a call example")
    public CallExampleJson createCallExample(@Body CallExampleRequest body, @RequestCaller Caller caller) {
        return CallExampleJson.from(catalog.createCallExample(caller, body.toForm()));
    }

    @Post("/{id}/freeze")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Freeze a call example: clients no longer see it")
    public void freezeCallExample(long id, @RequestCaller Caller caller) {
        catalog.setFrozen(caller, CatalogElement.CALL_EXAMPLE, id, true);
    }

    @Post("/{id}/unfreeze")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unfreeze a call example")
    public void unfreezeCallExample(long id, @RequestCaller Caller caller) {
        catalog.setFrozen(caller, CatalogElement.CALL_EXAMPLE, id, false);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a call example")
    public void deleteCallExample(long id, @RequestCaller Caller caller) {
        catalog.delete(caller, CatalogElement.CALL_EXAMPLE, id);
    }
}
