package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.ordercore.adapter.web.ActingAdmin;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.in.DeleteOrdersUseCase.DeleteOrdersCommand;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.OrderListForm;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.domain.order.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The admin order list, order details, and the two changes an administrator may make. */
@Controller("/api/v1/admin/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: orders")
public class AdminOrderController {

    private final FindOrdersUseCase findOrders;
    private final ChangeOrderStatusUseCase changeStatus;
    private final RescheduleOrderUseCase reschedule;
    private final DeleteOrdersUseCase deleteOrders;
    private final ActingAdmin admin;

    public AdminOrderController(FindOrdersUseCase findOrders, ChangeOrderStatusUseCase changeStatus,
                                RescheduleOrderUseCase reschedule, DeleteOrdersUseCase deleteOrders,
                                ActingAdmin admin) {
        this.findOrders = findOrders;
        this.changeStatus = changeStatus;
        this.reschedule = reschedule;
        this.deleteOrders = deleteOrders;
        this.admin = admin;
    }

    /**
     * Every filter is taken as raw text and checked by the core, so all bad filters are reported
     * together. Text filters match from the start, case-insensitively; time bounds are a Moscow
     * date or an ISO-8601 instant; {@code status} may repeat and may hold a comma-separated list.
     */
    @Get
    @Operation(summary = "List orders, filtered, one page at a time (keyset cursor)")
    public OrderPageJson listOrders(@Nullable @QueryValue String id,
                              @Nullable @QueryValue String clientEmail,
                              @Nullable @QueryValue String clientName,
                              @Nullable @QueryValue String callTypeId,
                              @Nullable @QueryValue String recipientName,
                              @Nullable @QueryValue String recipientPhone,
                              @Nullable @QueryValue String createdFrom,
                              @Nullable @QueryValue String createdTo,
                              @Nullable @QueryValue String scheduledFrom,
                              @Nullable @QueryValue String scheduledTo,
                              @Nullable @QueryValue List<String> status,
                              @Nullable @QueryValue String sort,
                              @Nullable @QueryValue String limit,
                              @Nullable @QueryValue String cursor) {
        OrderListForm form = new OrderListForm(id, clientEmail, clientName, callTypeId, recipientName, recipientPhone,
                createdFrom, createdTo, scheduledFrom, scheduledTo, status == null ? List.of() : status, sort, limit,
                cursor);
        return OrderPageJson.from(findOrders.list(OrderListQuery.parse(form)));
    }

    @Get("/{id}")
    @Operation(summary = "One order with every field, its price snapshot and its history")
    public OrderJson getOrder(long id) {
        return OrderJson.from(findOrders.get(PathIds.order(id)));
    }

    @Post("/{id}/status")
    @Operation(summary = "Move an order to another status, along the workflow only (409 ILLEGAL_TRANSITION otherwise)")
    public OrderJson changeOrderStatus(long id, @Body StatusChangeRequest body) {
        OrderId orderId = PathIds.order(id);
        Validation v = new Validation();
        OrderStatus target = v.require("status", body.status())
                ? v.check("status", () -> Choices.parse(OrderStatus.class, body.status())) : null;
        v.throwIfInvalid();
        return OrderJson.from(changeStatus.changeStatus(
                new ChangeOrderStatusCommand(orderId, target, admin.actor(), body.reason())));
    }

    @Put("/{id}/window")
    @Operation(summary = "Move an order's call window (Moscow time)")
    public OrderJson rescheduleOrder(long id, @Body WindowChangeRequest body) {
        return OrderJson.from(reschedule.reschedule(new RescheduleOrderCommand(PathIds.order(id), body.callDate(),
                body.windowStart(), body.windowEnd(), admin.actor(), body.reason())));
    }

    @Post("/bulk-delete")
    @Operation(summary = "Delete orders by id",
            description = "Only Unpaid, Cancelled and Failed orders are deleted; every other id is reported with why.")
    public BulkDeleteJson deleteOrders(@Body BulkDeleteRequest body) {
        List<OrderId> ids = orderIds(body.ids());
        return BulkDeleteJson.from(deleteOrders.delete(new DeleteOrdersCommand(ids, admin.actor())), ids);
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
