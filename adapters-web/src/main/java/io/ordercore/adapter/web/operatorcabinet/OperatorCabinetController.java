package io.ordercore.adapter.web.operatorcabinet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.order.OrderJson;
import io.ordercore.adapter.web.order.OrderListJson;
import io.ordercore.adapter.web.payout.PayoutJson;
import io.ordercore.adapter.web.payout.PayoutListJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OperatorCabinetUseCase;
import io.ordercore.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in operator's own work: orders proposed to them and held, earnings, payout requests. */
@Controller("/api/v1/operator")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.OPERATOR)
@Tag(name = "Operator cabinet", description = "The signed-in operator's orders, earnings and payouts")
public class OperatorCabinetController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final OperatorCabinetUseCase cabinet;

    public OperatorCabinetController(OperatorCabinetUseCase cabinet) {
        this.cabinet = cabinet;
    }

    @Get("/proposals")
    @Operation(summary = "Orders proposed to me, waiting for my answer")
    public OrderListJson proposals(@RequestCaller Caller caller) {
        return OrderListJson.from(cabinet.proposals(caller));
    }

    @Get("/orders")
    @Operation(summary = "Orders I hold or held: in progress first, then the rest, newest first")
    public OrderListJson myOrders(@Nullable @QueryValue String limit, @RequestCaller Caller caller) {
        Validation v = new Validation();
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return OrderListJson.from(cabinet.myOrders(caller, pageSize));
    }

    @Post("/orders/{id}/confirm")
    @Operation(summary = "Take a proposed order: it is In progress and can no longer be refused")
    public OrderJson confirm(long id, @RequestCaller Caller caller) {
        return OrderJson.from(cabinet.confirm(caller, PathIds.order(id)));
    }

    @Post("/orders/{id}/refuse")
    @Operation(summary = "Decline a proposed order: it goes to the next candidate")
    public OrderJson refuse(long id, @Nullable @Body RefuseRequest body, @RequestCaller Caller caller) {
        return OrderJson.from(cabinet.refuse(caller, PathIds.order(id), body == null ? null : body.reason()));
    }

    @Get("/earnings")
    @Operation(summary = "My available balance and latest earnings, newest first")
    public EarningsJson earnings(@RequestCaller Caller caller) {
        return EarningsJson.from(cabinet.earnings(caller));
    }

    @Get("/payouts")
    @Operation(summary = "My payout requests")
    public PayoutListJson myPayouts(@RequestCaller Caller caller) {
        return PayoutListJson.from(cabinet.myPayouts(caller));
    }

    @Post("/payouts")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Ask for a payout (422 OVER_BALANCE for more than is available)")
    public PayoutJson requestPayout(@Nullable @Body PayoutAmountRequest body, @RequestCaller Caller caller) {
        return PayoutJson.from(cabinet.requestPayout(caller, body == null ? null : body.amountKopecks()));
    }
}
