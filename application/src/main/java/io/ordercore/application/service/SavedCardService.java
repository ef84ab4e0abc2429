package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.SavedCardUseCase;
import io.ordercore.application.port.out.CardCharges;
import io.ordercore.application.port.out.CardCharges.ChargeResult;
import io.ordercore.application.port.out.GatewayApiException;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.payment.SavedCard;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.RefusedException;
import java.util.Optional;

/*
 * The charge is a call to the gateway, so it is made outside any transaction; only its approved
 * result is recorded, in a transaction of its own keyed by the gateway's transaction id. If the
 * gateway's Pay notification for that transaction arrives first (or later), it is the same key, so
 * the money is recorded once whichever comes first.
 */
final class SavedCardService implements SavedCardUseCase {

    private final Optional<CardCharges> charges;
    private final Orders orders;
    private final Payments payments;
    private final MoneyDesk desk;
    private final Ids ids;
    private final Transactions transactions;
    private final AuditTrail audit;

    SavedCardService(Optional<CardCharges> charges, Orders orders, Payments payments, MoneyDesk desk, Ids ids,
                     Transactions transactions, AuditTrail audit) {
        this.charges = charges;
        this.orders = orders;
        this.payments = payments;
        this.desk = desk;
        this.ids = ids;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Optional<SavedCardView> savedCard(Caller caller) {
        Caller.SignedIn me = client(caller);
        return payments.savedCard(me.id(), CardCharges.GATEWAY).map(c -> new SavedCardView(c.gateway(), c.savedAt()));
    }

    @Override
    public Order payWithSavedCard(Caller caller, OrderId id) {
        Caller.SignedIn me = client(caller);
        CardCharges api = charges.orElseThrow(() -> new RefusedException("CARD_CHARGES_NOT_CONFIGURED",
                "charging saved cards is not configured on this installation"));
        Order order = orders.find(id).filter(o -> o.owner().filter(me.id()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("Order", id.value()));
        if (order.status() != OrderStatus.UNPAID) {
            throw new RefusedException("ORDER_NOT_PAYABLE", "order " + id.value() + " is " + order.status());
        }
        SavedCard card = payments.savedCard(me.id(), CardCharges.GATEWAY).orElseThrow(() -> new RefusedException(
                "NO_SAVED_CARD", "no card is saved; pay once through the gateway to save one"));
        Money owed = desk.outstanding(order);
        ChargeResult result;
        try {
            result = api.chargeToken(card.token(), String.valueOf(me.id().value()), owed.toDecimal().toPlainString(), "RUB",
                    Invoices.ofOrder(id), "Order " + id.value());
        } catch (GatewayApiException e) {
            throw new GatewayUnavailableException(e.getMessage());
        }
        if (!result.approved() || result.transactionId().isEmpty()) {
            audit.record(caller, "payment.saved-card.declined", "order:" + id.value(), () -> {
            });
            throw new RefusedException("CARD_DECLINED", "the card was declined: " + result.reason().orElse("no reason given"));
        }
        String transaction = result.transactionId().get();
        // The card is charged: record it whatever happened to the order meanwhile (an excess goes to the points).
        Optional<Order> paid = Invoices.recordRetrying(transactions, () -> {
            Order current = orders.find(id).orElseThrow();
            return desk.pay(current, PaymentKind.GATEWAY, current.owner(), owed, Optional.of(CardCharges.GATEWAY),
                    Optional.of(transaction), Optional.empty(), ids.nextPaymentId());
        });
        audit.record(caller, "payment.saved-card", "order:" + id.value(), () -> {
        });
        paid.filter(o -> o.status() == OrderStatus.PAID).ifPresent(desk::afterCommit);
        return orders.find(id).orElseThrow();
    }

    @Override
    public void forgetCard(Caller caller) {
        Caller.SignedIn me = client(caller);
        audit.record(caller, "payment.saved-card.forget", "account:" + me.id().value(), () -> {
            if (!payments.forgetCard(me.id(), CardCharges.GATEWAY)) {
                throw new NotFoundException("Saved card of account", me.id().value());
            }
        });
    }

    private static Caller.SignedIn client(Caller caller) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        Permissions.require(caller, Role.CLIENT);
        return me;
    }

    /** The gateway could not be reached or answered nonsense: nothing was charged as far as we know; retry later. */
    static final class GatewayUnavailableException extends DomainException {
        GatewayUnavailableException(String message) {
            super(Kind.CONFLICT, "GATEWAY_UNAVAILABLE", "the payment gateway could not be used, try again later: " + message);
        }
    }
}
