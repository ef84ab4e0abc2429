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
import java.util.List;

/** Call types: what clients order. */
@Controller("/api/v1/admin/catalog/call-types")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: catalog")
public class AdminCallTypeController {

    private final ManageCatalogUseCase catalog;

    public AdminCallTypeController(ManageCatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a call type")
    public CallTypeJson createCallType(@Body CallTypeRequest body, @RequestCaller Caller caller) {
        return CallTypeJson.from(catalog.createCallType(caller, body.toForm()), List.of());
    }

    @Put("/{id}")
    @Operation(summary = "Replace a call type's fields (its frozen flag and examples stay)")
    public CallTypeJson updateCallType(long id, @Body CallTypeRequest body, @RequestCaller Caller caller) {
        return CallTypeJson.from(catalog.updateCallType(caller, PathIds.callType(id), body.toForm()), List.of());
    }

    @Post("/{id}/freeze")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Freeze a call type: clients no longer see or order it")
    public void freezeCallType(long id, @RequestCaller Caller caller) {
        catalog.setFrozen(caller, CatalogElement.CALL_TYPE, id, true);
    }

    @Post("/{id}/unfreeze")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unfreeze a call type")
    public void unfreezeCallType(long id, @RequestCaller Caller caller) {
        catalog.setFrozen(caller, CatalogElement.CALL_TYPE, id, false);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a call type with its examples")
    public void deleteCallType(long id, @RequestCaller Caller caller) {
        catalog.delete(caller, CatalogElement.CALL_TYPE, id);
    }
}
