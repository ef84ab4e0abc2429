package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;

/** A client places a call order (PRODUCT.md A, "Order form"). */
public interface PlaceCallOrderUseCase {

    /**
     * Checks the whole form, snapshots the call type's price and stores a new Unpaid order.
     *
     * @return the order as stored
     * @throws io.ordercore.domain.shared.ValidationException with every field error found, including
     *     an unknown or frozen call type ({@code callTypeId})
     */
    Order place(CallOrderForm form);
}
