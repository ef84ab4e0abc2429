package io.ordercore.application.service;

import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class DeleteOrdersService implements DeleteOrdersUseCase {

    private final Orders orders;
    private final AuditTrail audit;

    DeleteOrdersService(Orders orders, AuditTrail audit) {
        this.orders = orders;
        this.audit = audit;
    }

    @Override
    public DeleteOrdersResult delete(DeleteOrdersCommand command) {
        Set<OrderId> ids = new LinkedHashSet<>(command.ids());
        return audit.recordEach(command.caller(), "order.delete",
                result -> result.deleted().stream().map(id -> "order:" + id).toList(), "orders:" + ids.size(), () -> {
            Permissions.require(command.caller(), Role.ADMIN);
            // The status condition is part of the delete itself, so a concurrent payment cannot slip in.
            Set<OrderId> deleted = orders.deleteIfStatusIn(ids, DELETABLE);
            List<OrderId> remaining = ids.stream().filter(id -> !deleted.contains(id)).toList();
            Map<OrderId, OrderStatus> statuses = remaining.isEmpty() ? Map.of() : orders.statuses(remaining);
            Map<OrderId, KeptReason> kept = new LinkedHashMap<>();
            for (OrderId id : remaining) {
                kept.put(id, statuses.containsKey(id) ? KeptReason.NOT_DELETABLE : KeptReason.NOT_FOUND);
            }
            List<OrderId> deletedInOrder = ids.stream().filter(deleted::contains).toList();
            return new DeleteOrdersResult(deletedInOrder, kept);
        });
    }
}
