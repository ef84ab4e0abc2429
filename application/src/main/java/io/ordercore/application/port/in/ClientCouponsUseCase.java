package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import java.util.List;

/** A client's coupons: apply one to their own unpaid order; see the ones they hold. */
public interface ClientCouponsUseCase {

    /**
     * Activates the coupon on the order at once and for good (an order never paid keeps it used).
     * A 100% coupon pays the order: it becomes Paid without any gateway.
     *
     * @throws io.ordercore.domain.coupon.CouponRefusedException naming why (unknown, already used,
     *     expired, already used by you, not yours, limit reached, order not unpaid, order has a coupon)
     * @throws NotFoundException when the order is not the caller's
     */
    Order apply(Caller caller, OrderId orderId, String code);

    /** Coupons granted or sent to the caller, newest first, each saying whether the caller has used it. */
    List<HeldCoupon> held(Caller caller);
}
