package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.security.AccessTokens;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PlacedOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Clients placing call orders, signed in or as visitors who sign in or register on the way. */
@Controller("/api/v1/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders", description = "Placing call orders")
public class OrderController {

    private final PlaceCallOrderUseCase placeCallOrder;
    private final AccessTokens tokens;

    public OrderController(PlaceCallOrderUseCase placeCallOrder, AccessTokens tokens) {
        this.placeCallOrder = placeCallOrder;
        this.tokens = tokens;
    }

    /** A missing body is read as an empty form, so the client gets every missing field listed at once. */
    @Post
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Place a call order; 400 lists every field error of the form",
            description = "With a bearer token the order is the signed-in account's. Without one, an unknown e-mail"
                    + " opens a client account (its password is e-mailed) and a known one needs its password"
                    + " (401 PASSWORD_REQUIRED echoes the form); the answer then carries a token for that account.")
    public PlacedOrderJson placeOrder(@Nullable @Body PlaceOrderRequest body, @RequestCaller Caller caller) {
        PlaceOrderRequest form = body == null ? PlaceOrderRequest.EMPTY : body;
        PlacedOrder placed = placeCallOrder.place(caller, form.toForm());
        return PlacedOrderJson.from(placed, placed.signedIn().map(tokens::issue));
    }
}
