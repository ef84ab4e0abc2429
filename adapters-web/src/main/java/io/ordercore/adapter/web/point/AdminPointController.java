package io.ordercore.adapter.web.point;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.account.AccountJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManagePointsUseCase;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Points of sale: supervisors and administrators edit them; a point manager sees only their own. */
@Controller("/api/v1/admin/points")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: points")
public class AdminPointController {

    private final ManagePointsUseCase points;

    public AdminPointController(ManagePointsUseCase points) {
        this.points = points;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SUPERVISOR, Roles.SITE_MANAGER, Roles.POINT_MANAGER})
    @Operation(summary = "The points the caller may see")
    public PointListJson listPoints(@RequestCaller Caller caller) {
        return PointListJson.from(points.list(caller));
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.SUPERVISOR, Roles.SITE_MANAGER, Roles.POINT_MANAGER})
    @Operation(summary = "One point (404 when out of the caller's sight)")
    public PointJson getPoint(long id, @RequestCaller Caller caller) {
        return PointJson.from(points.get(caller, PathIds.point(id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Create a point of sale")
    public PointJson createPoint(@Body PointRequest body, @RequestCaller Caller caller) {
        return PointJson.from(points.create(caller, body.toForm()));
    }

    @Put("/{id}")
    @Secured({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Replace a point's fields")
    public PointJson updatePoint(long id, @Body PointRequest body, @RequestCaller Caller caller) {
        return PointJson.from(points.update(caller, PathIds.point(id), body.toForm()));
    }

    @Post("/{id}/managers")
    @Secured({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Make an account a manager of the point (its role and point are replaced, its tokens end)")
    public AccountJson assignManager(long id, @Body ManagerRequest body, @RequestCaller Caller caller) {
        if (body.accountId() == null || body.accountId() <= 0) {
            throw ValidationException.of("accountId", "NOT_AN_ID", "is required: a positive whole number");
        }
        return AccountJson.from(points.assignManager(caller, PathIds.point(id), new AccountId(body.accountId())));
    }
}
