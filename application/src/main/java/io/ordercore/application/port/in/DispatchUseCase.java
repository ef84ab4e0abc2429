package io.ordercore.application.port.in;

import io.ordercore.application.port.out.Dispatches;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import java.util.List;

/**
 * The dispatch engine's controls. Paid orders are dispatched automatically; these are for looking
 * inside and for an administrator's hand.
 */
public interface DispatchUseCase {

    /** Runs the policy for a Paid order now (system or administrator); the order as it then is. */
    Order dispatch(Caller caller, OrderId order);

    /** Every decision about the order, oldest first, with its explanation. */
    List<Dispatches.Decision> explain(Caller caller, OrderId order);

    /**
     * Proposes a Paid order to this operator by hand. The hard filters still apply unless
     * {@code force}, which is audited as such.
     *
     * @throws io.ordercore.domain.shared.RefusedException OPERATOR_FILTERED_OUT (with the reasons) or
     *         OPERATOR_AT_CAPACITY
     */
    Order assign(Caller caller, OrderId order, long operatorId, boolean force, String reason);

    /**
     * Takes the order from its operator (last resort) and dispatches it again; with {@code penalty}
     * the operator is fined its tariff fee.
     */
    Order removeOperator(Caller caller, OrderId order, boolean penalty, String reason);

    /** Lets dispatch propose the order to that operator again. */
    void cancelRefusal(Caller caller, OrderId order, long operatorId);

    /** Paid orders no operator could take yet, the longest waiting first. */
    List<Dispatches.Task> awaitingOperator(Caller caller, int limit);

    /** The admin dashboard's counters. */
    record Dashboard(long awaitingOperator, long reviewsToModerate, long payoutsProcessing) {
    }

    Dashboard dashboard(Caller caller);

    /**
     * Scheduled work (confirmation timeouts, critical time, ended windows, retries): handles up to
     * {@code limit} due items, each exactly once even with several schedulers running. Returns how
     * many were handled. For administrators and the service's own scheduler (a system caller).
     */
    int runScheduled(Caller caller, int limit);
}
