package io.ordercore.adapter.web.operator;

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
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageOperatorsUseCase;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/**
 * Operators' dispatch profiles: who takes calls, with which talents, tariff, capacity and hours.
 * Administrators and site managers edit them; supervisors may look.
 */
@Controller("/api/v1/admin/operators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SITE_MANAGER})
@Tag(name = "Admin: operators")
public class AdminOperatorController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final ManageOperatorsUseCase operators;

    public AdminOperatorController(ManageOperatorsUseCase operators) {
        this.operators = operators;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "Operators by id, optionally of one state (ACTIVE, PAUSED, FROZEN); page with afterId")
    public OperatorListJson listOperators(@Nullable @QueryValue String state, @Nullable @QueryValue String afterId,
                                          @Nullable @QueryValue String limit, @RequestCaller Caller caller) {
        Validation v = new Validation();
        Optional<OperatorState> stateFilter = QueryParams.choice(v, "state", state, OperatorState.class);
        long after = QueryParams.id(v, "afterId", afterId).orElse(0L);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return OperatorListJson.from(operators.list(caller, stateFilter, after, pageSize), pageSize);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Give an OPERATOR account (by e-mail) its dispatch profile: ACTIVE, rating 0",
            description = "422 NOT_AN_OPERATOR for an account of another role, 422 OPERATOR_EXISTS for a second profile.")
    public OperatorJson createOperator(@Nullable @Body OperatorRequest body, @RequestCaller Caller caller) {
        return OperatorJson.from(operators.add(caller, form(body)));
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "One operator's profile")
    public OperatorJson getOperator(long id, @RequestCaller Caller caller) {
        return OperatorJson.from(operators.get(caller, PathIds.operator(id).value()));
    }

    @Put("/{id}")
    @Operation(summary = "Change an operator's profile; absent fields keep their values")
    public OperatorJson updateOperator(long id, @Nullable @Body OperatorRequest body, @RequestCaller Caller caller) {
        return OperatorJson.from(operators.update(caller, PathIds.operator(id).value(), form(body)));
    }

    @Post("/{id}/pause")
    @Operation(summary = "Pause an operator: keeps the orders held, gets no new ones")
    public OperatorJson pauseOperator(long id, @RequestCaller Caller caller) {
        return setState(id, OperatorState.PAUSED, caller);
    }

    @Post("/{id}/resume")
    @Operation(summary = "Make an operator ACTIVE again, after a pause or a freeze")
    public OperatorJson resumeOperator(long id, @RequestCaller Caller caller) {
        return setState(id, OperatorState.ACTIVE, caller);
    }

    @Post("/{id}/freeze")
    @Operation(summary = "Freeze an operator: no new orders until resumed")
    public OperatorJson freezeOperator(long id, @RequestCaller Caller caller) {
        return setState(id, OperatorState.FROZEN, caller);
    }

    private static OperatorForm form(OperatorRequest body) {
        OperatorRequest request = body == null ? OperatorRequest.EMPTY : body;
        if (request.talentIds() != null && request.talentIds().stream().anyMatch(t -> t != null && t <= 0)) {
            throw ValidationException.of("talentIds", "NOT_AN_ID", "every id must be a positive whole number");
        }
        return request.toForm();
    }

    private OperatorJson setState(long id, OperatorState state, Caller caller) {
        return OperatorJson.from(operators.setState(caller, PathIds.operator(id).value(), state));
    }
}
