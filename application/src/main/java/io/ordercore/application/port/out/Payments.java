package io.ordercore.application.port.out;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.payment.SavedCard;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payments of orders, and the raw log of every gateway call with its verdict. */
public interface Payments {

    /**
     * Stores the payment in the caller's transaction unless a payment with the same gateway and
     * gateway id exists (a repeated notification): then nothing is stored and false is returned.
     * Never raises a unique violation (it would abort the transaction on PostgreSQL).
     */
    boolean record(Payment payment);

    List<Payment> forOrder(OrderId order);

    /** What the order's payments add up to (zero without any). */
    Money paidFor(OrderId order);

    Optional<Payment> byGatewayId(String gateway, String externalId);

    /** Filters, all optional; newest first, before {@code beforeId} (0 = from the newest). */
    record Query(Optional<Instant> from, Optional<Instant> to, Optional<AccountId> payer, Optional<String> gateway,
                 Optional<PaymentKind> kind, Optional<Long> minAmountMinor, Optional<Long> maxAmountMinor, long beforeId,
                 int limit) {
    }

    List<Payment> list(Query query);

    /** A gateway call as received (raw) and what ordercore answered. */
    record LogEntry(long id, String gateway, String endpoint, String headers, String body, String verdict,
                    Optional<String> externalId, Optional<OrderId> order, Instant at) {
    }

    /** Saves the client's card token for the gateway, replacing the one saved before. */
    void saveCard(SavedCard card);

    /** The client's saved card at the gateway, if any. */
    Optional<SavedCard> savedCard(AccountId client, String gateway);

    /** Forgets the client's saved card at the gateway; false when there was none. */
    boolean forgetCard(AccountId client, String gateway);

    /** Appends to the gateway log in a transaction of its own (kept even when the call is refused). */
    void log(LogEntry entry);

    /** Newest first; optional gateway and verdict filters; before {@code beforeId} (0 = newest). */
    List<LogEntry> logEntries(Optional<String> gateway, Optional<String> verdict, long beforeId, int limit);
}
