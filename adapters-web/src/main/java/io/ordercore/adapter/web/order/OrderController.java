package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Clients placing call orders. */
@Controller("/api/v1/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders", description = "Placing call orders")
public class OrderController {

    private final PlaceCallOrderUseCase placeCallOrder;

    public OrderController(PlaceCallOrderUseCase placeCallOrder) {
        this.placeCallOrder = placeCallOrder;
    }

    /** A missing body is read as an empty form, so the client gets every missing field listed at once. */
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Place a call order; 400 lists every field error of the form")
    public PlacedOrderJson placeOrder(@Nullable @Body PlaceOrderRequest body) {
        PlaceOrderRequest form = body == null ? PlaceOrderRequest.EMPTY : body;
        return PlacedOrderJson.from(placeCallOrder.place(form.toForm()));
    }
}
