package io.ordercore.adapter.web.catalog;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operator talents that call types can ask for. */
@Controller("/api/v1/admin/talents")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: catalog")
public class AdminTalentController {

    private final ManageCatalogUseCase catalog;

    public AdminTalentController(ManageCatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "All talents")
    public TalentListJson listTalents(@RequestCaller Caller caller) {
        return TalentListJson.from(catalog.talents(caller));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a talent")
    public TalentJson createTalent(@Body TalentRequest body, @RequestCaller Caller caller) {
        return TalentJson.from(catalog.createTalent(caller, body.name(), Boolean.TRUE.equals(body.critical())));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a talent")
    public void deleteTalent(long id, @RequestCaller Caller caller) {
        catalog.deleteTalent(caller, id);
    }
}
