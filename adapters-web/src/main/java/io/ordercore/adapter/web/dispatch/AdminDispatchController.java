package io.ordercore.adapter.web.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.BodyIds;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.order.OrderJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.DispatchUseCase;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Looking inside dispatch (decisions with their explanations, orders nobody took, the dashboard)
 * and an administrator's hand on it. Paid orders are dispatched without anyone calling these.
 */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: dispatch")
public class AdminDispatchController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final DispatchUseCase dispatch;

    public AdminDispatchController(DispatchUseCase dispatch) {
        this.dispatch = dispatch;
    }

    @Get("/dispatch/orders/{id}/decisions")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "Every dispatch decision about an order, oldest first, with the policy's explanation")
    public DecisionListJson decisions(long id, @RequestCaller Caller caller) {
        return DecisionListJson.from(dispatch.explain(caller, PathIds.order(id)));
    }

    @Post("/dispatch/orders/{id}/assign")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Propose a Paid order to an operator by hand",
            description = "422 OPERATOR_FILTERED_OUT (with the reason) or OPERATOR_AT_CAPACITY unless force;"
                    + " 409 ILLEGAL_TRANSITION for an order that is not Paid.")
    public OrderJson assign(long id, @Body AssignRequest body, @RequestCaller Caller caller) {
        long operatorId = BodyIds.require("operatorId", body.operatorId());
        return OrderJson.from(dispatch.assign(caller, PathIds.order(id), operatorId, Boolean.TRUE.equals(body.force()),
                body.reason()));
    }

    @Post("/dispatch/orders/{id}/remove-operator")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Take an order from its operator (last resort) and dispatch it again; optionally fine them")
    public OrderJson removeOperator(long id, @Nullable @Body RemoveOperatorRequest body, @RequestCaller Caller caller) {
        boolean penalty = body != null && Boolean.TRUE.equals(body.penalty());
        return OrderJson.from(dispatch.removeOperator(caller, PathIds.order(id), penalty,
                body == null ? null : body.reason()));
    }

    @Delete("/dispatch/orders/{id}/refusals/{operatorId}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.ADMIN)
    @Operation(summary = "Let dispatch propose the order to an operator who refused it (404 when they had not)")
    public void cancelRefusal(long id, long operatorId, @RequestCaller Caller caller) {
        dispatch.cancelRefusal(caller, PathIds.order(id), PathIds.operator(operatorId).value());
    }

    @Get("/dispatch/awaiting")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "Paid orders no operator could take yet, the longest waiting first")
    public AwaitingListJson awaiting(@Nullable @QueryValue String limit, @RequestCaller Caller caller) {
        Validation v = new Validation();
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return AwaitingListJson.from(dispatch.awaitingOperator(caller, pageSize));
    }

    @Get("/dashboard")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "Counters of what needs a person: orders awaiting an operator, reviews, payouts")
    public DashboardJson dashboard(@RequestCaller Caller caller) {
        return DashboardJson.from(dispatch.dashboard(caller));
    }
}
