package io.ordercore.domain.order;

import static io.ordercore.domain.order.OrderStatus.CANCELLED;
import static io.ordercore.domain.order.OrderStatus.COMPLETED;
import static io.ordercore.domain.order.OrderStatus.ERROR;
import static io.ordercore.domain.order.OrderStatus.FAILED;
import static io.ordercore.domain.order.OrderStatus.IN_PROGRESS;
import static io.ordercore.domain.order.OrderStatus.OPERATOR_PROPOSED;
import static io.ordercore.domain.order.OrderStatus.PAID;
import static io.ordercore.domain.order.OrderStatus.UNPAID;
import static io.ordercore.domain.workflow.ActorKind.ADMIN;
import static io.ordercore.domain.workflow.ActorKind.OPERATOR;
import static io.ordercore.domain.workflow.ActorKind.SYSTEM;

import io.ordercore.domain.workflow.Workflow;

/**
 * The transition table of call orders (PRODUCT.md A, "Statuses"). Moves into Paid from Unpaid,
 * into OperatorProposed, InProgress and Completed carry data and are made by the order's own
 * methods; the rest are plain status changes. Cancelling is for administrators only.
 */
public final class CallOrderWorkflow {

    public static final Workflow<OrderStatus> TABLE = Workflow.builder("Order", OrderStatus.class)
            .allowWith("a payment covering the total", UNPAID, PAID, SYSTEM)
            .allow(UNPAID, CANCELLED, ADMIN)
            .allow(UNPAID, ERROR, SYSTEM)

            .allowWith("an operator picked by dispatch", PAID, OPERATOR_PROPOSED, SYSTEM, ADMIN)
            .allow(PAID, FAILED, SYSTEM, ADMIN)
            .allow(PAID, CANCELLED, ADMIN)
            .allow(PAID, ERROR, SYSTEM)

            .allowWith("the proposed operator's confirmation", OPERATOR_PROPOSED, IN_PROGRESS, OPERATOR)
            // Refusal, confirmation timeout or an admin taking the proposal back: back to the queue.
            .allow(OPERATOR_PROPOSED, PAID, OPERATOR, SYSTEM, ADMIN)
            .allow(OPERATOR_PROPOSED, FAILED, SYSTEM, ADMIN)
            .allow(OPERATOR_PROPOSED, CANCELLED, ADMIN)
            .allow(OPERATOR_PROPOSED, ERROR, SYSTEM)

            .allowWith("a call result of at least the minimum duration", IN_PROGRESS, COMPLETED, SYSTEM)
            // The operator is removed (admin's last resort, or the system at critical time): back to the queue.
            .allow(IN_PROGRESS, PAID, SYSTEM, ADMIN)
            .allow(IN_PROGRESS, FAILED, SYSTEM, ADMIN)
            .allow(IN_PROGRESS, CANCELLED, ADMIN)
            .allow(IN_PROGRESS, ERROR, SYSTEM)

            // After a fault an administrator puts the order back where it was (Order checks which) or cancels it.
            .allow(ERROR, UNPAID, ADMIN)
            .allow(ERROR, PAID, ADMIN)
            .allow(ERROR, CANCELLED, ADMIN)
            .build();

    private CallOrderWorkflow() {
    }
}
