package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Optional;

/**
 * A client's card saved from an earlier CloudPayments payment: shown (never its token), charged for
 * an order's outstanding amount without the client typing it again, or forgotten.
 */
public interface SavedCardUseCase {

    Optional<SavedCardView> savedCard(Caller caller);

    /**
     * Charges the saved card the order's outstanding amount and records the payment (once: the
     * gateway's own notification of the same transaction is then a repeat).
     *
     * @throws io.ordercore.domain.shared.RefusedException NO_SAVED_CARD, ORDER_NOT_PAYABLE, CARD_DECLINED
     *     (with the gateway's reason), CARD_CHARGES_NOT_CONFIGURED
     */
    Order payWithSavedCard(Caller caller, OrderId order);

    void forgetCard(Caller caller);

    record SavedCardView(String gateway, Instant savedAt) {
    }
}
