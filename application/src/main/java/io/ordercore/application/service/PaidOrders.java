package io.ordercore.application.service;

import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Settings;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.coupon.RepeatOrderReward;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What follows an order's first payment, whatever paid it (a gateway, an offline payment, a 100%
 * coupon): the client's every second paid order earns a repeat-order coupon. Called in the
 * transaction that stored the paid order. The order's place is its rank among the client's paid
 * orders by first payment time, which does not change when the payment is reported again later;
 * the client's account row is locked while counting, so two payments at once see each other; and
 * storage grants at most one coupon per order, so a payment reported twice grants nothing more.
 * The paid order also enters the dispatch pipeline, in the same transaction, so none is lost.
 */
final class PaidOrders {

    static final String REPEAT_PERCENT = "coupon.repeat-order.percent";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Orders orders;
    private final Accounts accounts;
    private final Coupons coupons;
    private final Settings settings;
    private final Ids ids;
    private final Notices notices;
    private final Dispatcher dispatcher;
    private final Clock clock;

    PaidOrders(Orders orders, Accounts accounts, Coupons coupons, Settings settings, Ids ids, Notices notices,
               Dispatcher dispatcher, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.coupons = coupons;
        this.settings = settings;
        this.ids = ids;
        this.notices = notices;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** @return the repeat-order coupon this payment earned, if it earned one */
    Optional<Coupon> onFirstPayment(Order paid) {
        if (paid.status() == OrderStatus.PAID) {
            dispatcher.enqueue(paid);
        }
        if (paid.owner().isEmpty() || paid.firstPaidAt().isEmpty()) {
            return Optional.empty();
        }
        AccountId owner = paid.owner().get();
        accounts.lock(owner);
        if (!RepeatOrderReward.earnedBy(orders.paidOrdinal(owner, paid.firstPaidAt().get(), paid.id()))) {
            return Optional.empty();
        }
        int percent = repeatPercent();
        for (int attempt = 0; attempt < 5; attempt++) {
            Coupon coupon = Coupon.unused(ids.nextCouponId(), CouponCode.random(RANDOM), CouponKind.REPEAT_ORDER, percent,
                    Optional.empty(), Optional.of(owner), Optional.empty(), Optional.empty(), Optional.of(paid.id()),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            switch (coupons.insert(coupon)) {
                case INSERTED -> {
                    accounts.find(owner).ifPresent(account -> notices.couponGranted(account, coupon));
                    return Optional.of(coupon);
                }
                case ALREADY_GRANTED -> {
                    return Optional.empty();
                }
                case CODE_TAKEN -> {
                    // astronomically rare with 31^12 codes: draw again
                }
            }
        }
        throw new IllegalStateException("no free coupon code after 5 draws");
    }

    /** After the paying transaction committed: dispatch now (the queued task is the fallback). */
    void afterCommit(Order paid) {
        dispatcher.tryNow(paid);
    }

    int repeatPercent() {
        return settings.get(REPEAT_PERCENT).map(Integer::parseInt).orElse(RepeatOrderReward.DEFAULT_PERCENT);
    }
}
