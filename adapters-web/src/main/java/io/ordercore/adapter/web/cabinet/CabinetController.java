package io.ordercore.adapter.web.cabinet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.account.AccountJson;
import io.ordercore.adapter.web.order.ClientOrderJson;
import io.ordercore.adapter.web.order.OrderFilters;
import io.ordercore.adapter.web.order.OrderPageJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.application.port.in.AccountCabinetUseCase;
import io.ordercore.application.port.in.AccountCabinetUseCase.RepeatOrderCommand;
import io.ordercore.application.port.in.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's cabinet: their account, their own orders and statistics. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Cabinet", description = "The signed-in user's own account and orders")
public class CabinetController {

    private final AccountCabinetUseCase cabinet;

    public CabinetController(AccountCabinetUseCase cabinet) {
        this.cabinet = cabinet;
    }

    @Get
    @Operation(summary = "One's own account")
    public AccountJson profile(@RequestCaller Caller caller) {
        return AccountJson.from(cabinet.profile(caller));
    }

    @Get("/orders")
    @Operation(summary = "One's own orders, with the filters and paging of the admin list")
    public OrderPageJson myOrders(@RequestBean OrderFilters filters, @RequestCaller Caller caller) {
        return OrderPageJson.from(cabinet.orders(caller, filters.toQuery()));
    }

    @Get("/orders/{id}")
    @Operation(summary = "One of one's own orders (404 for anyone else's)")
    public ClientOrderJson myOrder(long id, @RequestCaller Caller caller) {
        return ClientOrderJson.from(cabinet.order(caller, PathIds.order(id)));
    }

    @Get("/statistics")
    @Operation(summary = "How many of one's orders are in each status, and the total paid")
    public StatisticsJson statistics(@RequestCaller Caller caller) {
        return StatisticsJson.from(cabinet.statistics(caller));
    }

    @Post("/orders/{id}/repeat")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Order the same again for a new date and window: a new Unpaid order")
    public ClientOrderJson repeatOrder(long id, @Nullable @Body RepeatOrderRequest body, @RequestCaller Caller caller) {
        RepeatOrderRequest window = body == null ? RepeatOrderRequest.EMPTY : body;
        return ClientOrderJson.from(cabinet.repeatOrder(caller, new RepeatOrderCommand(PathIds.order(id),
                window.callDate(), window.windowStart(), window.windowEnd())));
    }
}
