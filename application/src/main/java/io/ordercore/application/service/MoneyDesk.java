package io.ordercore.application.service;

import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Settings;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Records money towards orders, in the caller's transaction: the payment, its ledger movement (key
 * {@code payment:<id>}), an overpayment's excess to the client's points, the bonus, and the order's
 * move to Paid once covered. Money never passes through ordercore: this records what happened.
 */
final class MoneyDesk {

    static final String BONUS_PERCENT = "payments.bonus-percent";
    static final int DEFAULT_BONUS_PERCENT = 5;

    private final Orders orders;
    private final Payments payments;
    private final Ledger ledger;
    private final Settings settings;
    private final Notices notices;
    private final PaidOrders paidOrders;
    private final PartnerProgramme programme;
    private final Clock clock;

    MoneyDesk(Orders orders, Payments payments, Ledger ledger, Settings settings, Notices notices, PaidOrders paidOrders,
              PartnerProgramme programme, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.ledger = ledger;
        this.settings = settings;
        this.notices = notices;
        this.paidOrders = paidOrders;
        this.programme = programme;
        this.clock = clock;
    }

    /** What is still to pay for the order. */
    Money outstanding(Order order) {
        Money left = order.price().total().minus(payments.paidFor(order.id()));
        return left.isNegative() ? Money.zero(left.currency()) : left;
    }

    /**
     * Records a payment of {@code received} towards the order (at most the outstanding amount
     * counts; the rest is credited to the payer's points). Returns the order as saved, or empty
     * when this gateway payment was recorded before (a repeat changes nothing).
     *
     * @throws RefusedException INSUFFICIENT_BALANCE for a balance payment larger than the balance
     */
    Optional<Order> pay(Order order, PaymentKind kind, Optional<AccountId> payer, Money received, Optional<String> gateway,
                        Optional<String> externalId, Optional<String> reference, long paymentId) {
        Instant now = now();
        // Only an Unpaid order takes money; to any other (paid meanwhile, cancelled, in error) it is all excess.
        Money owed = order.status() == OrderStatus.UNPAID ? outstanding(order) : Money.zero(received.currency());
        Money counted = received.compareTo(owed) <= 0 ? received : owed;
        Money excess = received.minus(counted);
        if (counted.isZero()) {
            // Nothing left to pay (paid meanwhile by other means): the whole amount goes to the balance.
            Ledger.Posted credited = creditExcess(payer, received, "overpayment:" + gateway.orElse(kind.name()) + ":"
                    + externalId.orElse(String.valueOf(paymentId)), String.valueOf(order.id().value()), now);
            return credited == Ledger.Posted.DUPLICATE ? Optional.empty() : Optional.of(order);
        }
        Payment payment = new Payment(paymentId, order.id(), payer, kind, gateway, externalId, counted, reference, now);
        if (!payments.record(payment)) {
            return Optional.empty();
        }
        LedgerAccount source = switch (kind) {
            case GATEWAY -> LedgerAccount.GATEWAY_CLEARING;
            case OFFLINE -> LedgerAccount.OFFLINE_CLEARING;
            case BALANCE -> LedgerAccount.clientPoints(payer.orElseThrow());
            case COUPON -> throw new IllegalArgumentException("coupons pay without money");
        };
        Ledger.Posted posted = ledger.post(new Movement("payment:" + paymentId, source, LedgerAccount.SALES, counted,
                Cause.ORDER_PAYMENT, String.valueOf(order.id().value()), now));
        if (posted == Ledger.Posted.INSUFFICIENT) {
            throw new RefusedException("INSUFFICIENT_BALANCE", "the balance is smaller than " + counted);
        }
        if (excess.isPositive()) {
            creditExcess(payer, excess, "overpayment:" + paymentId, String.valueOf(order.id().value()), now);
        }
        if (kind == PaymentKind.GATEWAY || kind == PaymentKind.OFFLINE) {
            bonus(payer, counted, paymentId, now); // on what paid the order; the excess is like a top-up
        }
        // On whatever paid the order but a coupon: spending points bought earlier counts, a top-up does not.
        programme.creditCommission(order, counted, paymentId, now);
        OrderStatus from = order.status();
        String description = kind.name().toLowerCase(java.util.Locale.ROOT) + " payment " + paymentId + " of " + counted
                + gateway.map(g -> " via " + g).orElse("");
        order.recordPayment(counted, paidBefore(order, owed), description, clock);
        Order saved = orders.save(order);
        if (saved.status() == OrderStatus.PAID) {
            notices.statusChanged(saved, from);
            paidOrders.onFirstPayment(saved);
        }
        return Optional.of(saved);
    }

    /**
     * A paid order was cancelled: what was paid from the balance goes back to it; the rest (gateway,
     * offline) is recorded as due for refund. Once per payment, by the movements' keys.
     */
    void refundOnCancel(Order cancelled) {
        Instant now = now();
        for (Payment p : payments.forOrder(cancelled.id())) {
            if (p.kind() == PaymentKind.COUPON) {
                continue;
            }
            boolean toBalance = p.kind() == PaymentKind.BALANCE && p.payer().isPresent();
            ledger.post(new Movement((toBalance ? "refund:payment:" : "refund-due:payment:") + p.id(), LedgerAccount.SALES,
                    toBalance ? LedgerAccount.clientPoints(p.payer().get()) : LedgerAccount.REFUNDS_DUE, p.amount(),
                    Cause.REFUND, String.valueOf(cancelled.id().value()), now));
        }
    }

    /** Dispatch right after the paying transaction committed. */
    void afterCommit(Order order) {
        paidOrders.afterCommit(order);
    }

    /** Credits points from a gateway that are not for an order (top-up) or not needed by it (excess). */
    Ledger.Posted creditExcess(Optional<AccountId> payer, Money amount, String key, String causeRef, Instant at) {
        AccountId client = payer.orElseThrow(() -> new RefusedException("NO_PAYER",
                "an overpayment needs a client to credit it to"));
        return ledger.post(new Movement(key, LedgerAccount.GATEWAY_CLEARING, LedgerAccount.clientPoints(client), amount,
                key.startsWith("topup:") ? Cause.TOP_UP : Cause.OVERPAYMENT, causeRef, at));
    }

    private void bonus(Optional<AccountId> payer, Money paid, long paymentId, Instant at) {
        int percent = settings.get(BONUS_PERCENT).map(Integer::parseInt).orElse(DEFAULT_BONUS_PERCENT);
        Money points = paid.percent(percent);
        if (payer.isPresent() && points.isPositive()) {
            ledger.post(new Movement("bonus:" + paymentId, LedgerAccount.BONUS_EXPENSE,
                    LedgerAccount.clientPoints(payer.get()), points, Cause.BONUS, String.valueOf(paymentId), at));
        }
    }

    /** What was paid before this payment: the total minus what was owed. */
    private static Money paidBefore(Order order, Money owed) {
        return order.price().total().minus(owed);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
