package io.ordercore.application.port.in;

import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.util.List;

/** Clients' points balances: what they hold, paying with it, giving it to another client. */
public interface BalanceUseCase {

    /** A balance and its latest entries (newest first). */
    record BalanceView(Money balance, List<LedgerEntry> entries) {
    }

    BalanceView mine(Caller caller);

    /** Staff: any client's balance. */
    BalanceView of(Caller caller, long accountId);

    /**
     * Gives points to another client by e-mail: positive, not to oneself, atomic; both are told.
     *
     * @return my balance after it
     */
    Money transfer(Caller caller, String toEmail, Long amountKopecks);

    /** Pays my Unpaid order from my balance: {@code amountKopecks} of it, or all that is outstanding when null. */
    Order payOrder(Caller caller, OrderId order, Long amountKopecks);

    /** Administrators correct a balance (positive or negative, never below zero), with a reason. */
    Money adjust(Caller caller, long accountId, Long amountKopecks, String reason);
}
