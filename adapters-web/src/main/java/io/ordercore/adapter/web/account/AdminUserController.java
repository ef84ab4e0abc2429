package io.ordercore.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Accounts as staff manage them; a point manager sees and opens only their own point's. */
@Controller("/api/v1/admin/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: users")
public class AdminUserController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final ManageAccountsUseCase accounts;

    public AdminUserController(ManageAccountsUseCase accounts) {
        this.accounts = accounts;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SUPERVISOR, Roles.SITE_MANAGER, Roles.POINT_MANAGER})
    @Operation(summary = "Accounts by id, filtered by role, point and e-mail prefix; page with afterId")
    public AccountListJson listUsers(@Nullable @QueryValue String role, @Nullable @QueryValue String pointId,
                                     @Nullable @QueryValue String emailPrefix, @Nullable @QueryValue String afterId,
                                     @Nullable @QueryValue String limit, @RequestCaller Caller caller) {
        Validation v = new Validation();
        Optional<Role> roleFilter = QueryParams.choice(v, "role", role, Role.class);
        Optional<PointId> point = QueryParams.id(v, "pointId", pointId).map(PointId::new);
        Optional<Long> after = QueryParams.id(v, "afterId", afterId);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        AccountListQuery query = new AccountListQuery(roleFilter, point, QueryParams.text(emailPrefix), after, pageSize);
        return AccountListJson.from(accounts.list(caller, query), pageSize);
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.SUPERVISOR, Roles.SITE_MANAGER, Roles.POINT_MANAGER})
    @Operation(summary = "One account (404 when out of the caller's sight)")
    public AccountJson getUser(long id, @RequestCaller Caller caller) {
        return AccountJson.from(accounts.get(caller, PathIds.account(id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured({Roles.ADMIN, Roles.SUPERVISOR, Roles.POINT_MANAGER})
    @Operation(summary = "Open an account (403 for a role the caller may not hand out; a password is generated and"
            + " e-mailed when none is given)")
    public AccountJson createUser(@Body NewAccountRequest body, @RequestCaller Caller caller) {
        return AccountJson.from(accounts.create(caller, body.toForm()));
    }

    @Put("/{id}/role")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Give an account another role (and point); its tokens stop working")
    public AccountJson setRole(long id, @Body RoleChangeRequest body, @RequestCaller Caller caller) {
        return AccountJson.from(accounts.setRole(caller, PathIds.account(id), body.role(), body.pointId()));
    }

    @Post("/{id}/block")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Block an account: no sign-in, every token refused, until unblocked")
    public AccountJson block(long id, @RequestCaller Caller caller) {
        return AccountJson.from(accounts.block(caller, PathIds.account(id)));
    }

    @Post("/{id}/unblock")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Unblock an account, and lift a lock-out after wrong passwords")
    public AccountJson unblock(long id, @RequestCaller Caller caller) {
        return AccountJson.from(accounts.unblock(caller, PathIds.account(id)));
    }
}
