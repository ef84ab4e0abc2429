package io.ordercore.adapter.web.order;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.in.DeleteOrdersUseCase.DeleteOrdersCommand;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * The staff order list and order details (each role sees its part, as the core scopes it), and
 * the changes only an administrator may make.
 */
@Controller("/api/v1/admin/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: orders")
public class AdminOrderController {

    private final FindOrdersUseCase findOrders;
    private final ChangeOrderStatusUseCase changeStatus;
    private final RescheduleOrderUseCase reschedule;
    private final DeleteOrdersUseCase deleteOrders;

    public AdminOrderController(FindOrdersUseCase findOrders, ChangeOrderStatusUseCase changeStatus,
                                RescheduleOrderUseCase reschedule, DeleteOrdersUseCase deleteOrders) {
        this.findOrders = findOrders;
        this.changeStatus = changeStatus;
        this.reschedule = reschedule;
        this.deleteOrders = deleteOrders;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SUPERVISOR, Roles.SITE_MANAGER, Roles.POINT_MANAGER, Roles.OPERATOR})
    @Operation(summary = "List the orders the caller may see, filtered, one page at a time (keyset cursor)")
    public OrderPageJson listOrders(@RequestBean OrderFilters filters, @RequestCaller Caller caller) {
        return OrderPageJson.from(findOrders.list(caller, filters.toQuery()));
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.SUPERVISOR, Roles.SITE_MANAGER, Roles.POINT_MANAGER, Roles.OPERATOR})
    @Operation(summary = "One order with every field, its price snapshot and its history (404 when out of sight)")
    public OrderJson getOrder(long id, @RequestCaller Caller caller) {
        return OrderJson.from(findOrders.get(caller, PathIds.order(id)));
    }

    @Post("/{id}/status")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Move an order to another status, along the workflow only (409 ILLEGAL_TRANSITION otherwise)")
    public OrderJson changeOrderStatus(long id, @Body StatusChangeRequest body, @RequestCaller Caller caller) {
        OrderId orderId = PathIds.order(id);
        Validation v = new Validation();
        OrderStatus target = v.require("status", body.status())
                ? v.check("status", () -> Choices.parse(OrderStatus.class, body.status())) : null;
        v.throwIfInvalid();
        return OrderJson.from(changeStatus.changeStatus(
                new ChangeOrderStatusCommand(orderId, target, caller, body.reason())));
    }

    @Put("/{id}/window")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Move an order's call window (Moscow time)")
    public OrderJson rescheduleOrder(long id, @Body WindowChangeRequest body, @RequestCaller Caller caller) {
        return OrderJson.from(reschedule.reschedule(new RescheduleOrderCommand(PathIds.order(id), body.callDate(),
                body.windowStart(), body.windowEnd(), caller, body.reason())));
    }

    @Post("/bulk-delete")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Delete orders by id",
            description = "Only Unpaid, Cancelled and Failed orders are deleted; every other id is reported with why.")
    public BulkDeleteJson deleteOrders(@Body BulkDeleteRequest body, @RequestCaller Caller caller) {
        List<OrderId> ids = orderIds(body.ids());
        return BulkDeleteJson.from(deleteOrders.delete(new DeleteOrdersCommand(ids, caller)), ids);
    }

    private static List<OrderId> orderIds(List<Long> raw) {
        if (raw == null) {
            throw ValidationException.of("ids", "REQUIRED", "is required");
        }
        for (Long id : raw) {
            if (id == null || id <= 0) {
                throw ValidationException.of("ids", "NOT_AN_ID", "every id must be a positive whole number, not " + id);
            }
        }
        return raw.stream().map(OrderId::new).toList();
    }
}
