package io.ordercore.application.port.in;

import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Bulk delete from the admin list. Only orders no one is working on and no money is tied to
 * are deleted: {@link #DELETABLE}. Each other id is reported with the reason it was kept.
 */
public interface DeleteOrdersUseCase {

    /** Unpaid orders and orders that ended without a call. */
    Set<OrderStatus> DELETABLE = EnumSet.of(OrderStatus.UNPAID, OrderStatus.CANCELLED, OrderStatus.FAILED);

    DeleteOrdersResult delete(DeleteOrdersCommand command);

    /** At most 1000 ids at once. */
    record DeleteOrdersCommand(List<OrderId> ids, Caller caller) {
        public static final int MAX_IDS = 1000;

        public DeleteOrdersCommand {
            ids = List.copyOf(ids);
            Objects.requireNonNull(caller, "caller");
            if (ids.isEmpty() || ids.size() > MAX_IDS) {
                throw io.ordercore.domain.shared.ValidationException.of("ids", "OUT_OF_RANGE",
                        "give 1.." + MAX_IDS + " order ids");
            }
        }
    }

    /** Why an order was not deleted. */
    enum KeptReason {
        /** No such order. */
        NOT_FOUND,
        /** Its status is not one of {@link #DELETABLE}. */
        NOT_DELETABLE
    }

    /** What was deleted and what was kept, with why; both in the order the ids were given. */
    record DeleteOrdersResult(List<OrderId> deleted, Map<OrderId, KeptReason> kept) {
        public DeleteOrdersResult {
            deleted = List.copyOf(deleted);
            kept = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kept));
        }
    }
}
