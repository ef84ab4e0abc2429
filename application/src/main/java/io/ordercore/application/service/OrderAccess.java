package io.ordercore.application.service;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.domain.order.Order;
import java.util.Optional;

/**
 * Which orders a caller may see: a client their own, an operator those proposed or assigned to
 * them, a point manager their point's, supervisors, site managers, administrators and the system all.
 */
final class OrderAccess {

    private OrderAccess() {
    }

    static OrderListQuery scope(Caller caller, OrderListQuery query) {
        if (caller instanceof Caller.Anonymous) {
            throw UnauthenticatedException.signInRequired();
        }
        if (!(caller instanceof Caller.SignedIn s)) {
            return query; // system
        }
        return switch (s.role()) {
            case CLIENT -> query.scopedTo(Optional.of(s.id()), Optional.empty(), Optional.empty());
            case OPERATOR -> query.scopedTo(Optional.empty(), Optional.empty(), Optional.of(s.id()));
            case POINT_MANAGER -> query.scopedTo(Optional.empty(),
                    Optional.of(s.point().orElseThrow(() -> new AccessDeniedException("You manage no point"))),
                    Optional.empty());
            case SUPERVISOR, SITE_MANAGER, ADMIN -> query;
            case PARTNER -> throw new AccessDeniedException("Partners see no orders");
        };
    }

    static boolean visible(Caller caller, Order order) {
        if (!(caller instanceof Caller.SignedIn s)) {
            return caller instanceof Caller.System;
        }
        return switch (s.role()) {
            case CLIENT -> order.owner().filter(s.id()::equals).isPresent();
            case OPERATOR -> order.operator().filter(s.id()::equals).isPresent();
            case POINT_MANAGER -> s.point().isPresent() && order.point().equals(s.point());
            case SUPERVISOR, SITE_MANAGER, ADMIN -> true;
            case PARTNER -> false;
        };
    }
}
