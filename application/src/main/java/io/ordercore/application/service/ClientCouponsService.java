package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ClientCouponsUseCase;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.Validation;
import java.util.List;

final class ClientCouponsService implements ClientCouponsUseCase {

    private final Orders orders;
    private final Coupons coupons;
    private final CouponActivation activation;
    private final PaidOrders paidOrders;
    private final Notices notices;
    private final AuditTrail audit;

    ClientCouponsService(Orders orders, Coupons coupons, CouponActivation activation, PaidOrders paidOrders,
                         Notices notices, AuditTrail audit) {
        this.orders = orders;
        this.coupons = coupons;
        this.activation = activation;
        this.paidOrders = paidOrders;
        this.notices = notices;
        this.audit = audit;
    }

    @Override
    public Order apply(Caller caller, OrderId orderId, String code) {
        Order applied = audit.record(caller, "order.coupon.apply", "order:" + orderId, () -> {
            Caller.SignedIn me = Permissions.signedIn(caller);
            Validation v = new Validation();
            CouponCode parsed = v.require("code", code) ? v.check("code", () -> CouponCode.parse(code)) : null;
            v.throwIfInvalid();
            Order order = orders.find(orderId).filter(o -> o.owner().filter(me.id()::equals).isPresent())
                    .orElseThrow(() -> new NotFoundException("Order", orderId));
            OrderStatus before = order.status();
            activation.activate(order, parsed, me.id(), caller.actor());
            Order saved = orders.save(order);
            if (saved.status() == OrderStatus.PAID) {
                notices.statusChanged(saved, before);
                paidOrders.onFirstPayment(saved);
            }
            return saved;
        });
        paidOrders.afterCommit(applied);
        return applied;
    }

    @Override
    public List<HeldCoupon> held(Caller caller) {
        return coupons.heldBy(Permissions.signedIn(caller).id());
    }
}
