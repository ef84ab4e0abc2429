package io.ordercore.application.port.out;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Operators' earnings (append-only entries) and payout requests of operators and partners. */
public interface Earnings {

    /** Appends the entry unless one with its key exists; returns whether it was appended. */
    boolean append(EarningEntry entry);

    /** Newest first. */
    List<EarningEntry> entries(AccountId operator, int limit);

    /** Entries' sum minus the payouts that hold their amount (all but cancelled). */
    Money available(AccountId operator);

    /**
     * Stores the request if the amount is at most what is available, atomically: the payee's
     * requests are serialised (its account row is locked by the caller's transaction first), so
     * two concurrent requests cannot both spend the same balance. Empty when over the balance.
     */
    Optional<PayoutRequest> requestPayout(PayoutRequest request);

    /**
     * Stores the request without checking a balance: for payees whose balance the ledger guards
     * (partners), the caller posts the payout's movement in the same transaction and it decides.
     */
    void storePayout(PayoutRequest request);

    Optional<PayoutRequest> payout(long id);

    /** Optional filters; newest first, before the given id (0 = from the newest). */
    List<PayoutRequest> payouts(Optional<AccountId> payee, Optional<PayoutStatus> status, long beforeId, int limit);

    /** Moves the request from {@code from} to {@code to}; false when it was not in {@code from} any more. */
    boolean setPayoutStatus(long id, PayoutStatus from, PayoutStatus to, Instant at, Optional<String> note);

    long countPayouts(PayoutStatus status);
}
