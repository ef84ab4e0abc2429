package io.ordercore.adapter.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.order.OrderJson;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PaymentsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Managers record money their point received by hand (cash, bank transfer). */
@Controller("/api/v1/manager/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.POINT_MANAGER, Roles.ADMIN})
@Tag(name = "Manager: payments")
public class ManagerPaymentController {

    private static final OfflinePaymentRequest EMPTY = new OfflinePaymentRequest(null, null, null);

    private final PaymentsUseCase payments;

    public ManagerPaymentController(PaymentsUseCase payments) {
        this.payments = payments;
    }

    @Post("/{id}/offline-payments")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Record an offline payment of an Unpaid order of one's point; Paid once covered",
            description = "Partial amounts are allowed. 400 VALIDATION_FAILED (amountKopecks MORE_THAN_OUTSTANDING...),"
                    + " 422 ORDER_NOT_PAYABLE when the order is not Unpaid, 404 for an order of another point.")
    public OrderJson recordOfflinePayment(long id, @Nullable @Body OfflinePaymentRequest body,
                                          @RequestCaller Caller caller) {
        OfflinePaymentRequest form = body == null ? EMPTY : body;
        return OrderJson.from(payments.markOffline(caller, PathIds.order(id), form.amountKopecks(), form.reference(),
                form.date()));
    }
}
