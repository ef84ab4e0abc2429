package io.ordercore.application.port.out;

import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Calls reported by telephony, and the unguessable links of order pages. */
public interface CallResults {

    /**
     * Stores the call unless a call of that order and operator with the same start is stored;
     * returns whether it was new. A repeat that brings a recording URL the stored call lacked
     * fills it in (and still returns false).
     */
    boolean record(CallResult call, Instant receivedAt);

    /** The order's calls, oldest first. */
    List<CallResult> forOrder(OrderId order);

    /** The order page's token, made (random, at least 128 bits) the first time it is asked for. */
    String pageToken(OrderId order, java.util.function.Supplier<String> newToken);

    Optional<OrderId> orderOfPage(String token);
}
