package io.ordercore.application.port.out;

import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.shared.Money;
import java.util.List;

/**
 * The append-only double-entry ledger: every movement is two entries summing to zero; a balance is
 * the sum of its account's entries (kept alongside as a running total, checked by the integrity check).
 */
public interface Ledger {

    /** How a posting ended. */
    enum Posted {
        /** Both entries written, balances moved. */
        POSTED,
        /** A movement with this key exists: nothing written (a repeat). */
        DUPLICATE,
        /** The paying client's balance is smaller than the amount: nothing written. */
        INSUFFICIENT
    }

    /**
     * Posts the movement in the caller's transaction, atomically: a client account never goes
     * below zero even with concurrent spends (a conditional update of its balance decides), and the
     * movement's key is unique. Balances are locked in key order, so two movements between the
     * same accounts in opposite directions cannot deadlock.
     */
    Posted post(Movement movement);

    Money balance(LedgerAccount account);

    /** The account's entries, newest first, before {@code beforeId} (0 = from the newest). */
    List<LedgerEntry> entries(LedgerAccount account, long beforeId, int limit);
}
