package io.ordercore.adapter.cli.balance;

import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.domain.ledger.LedgerEntry;
import java.util.List;

/** The JSON shapes of balances; the CSV columns are the entry fields, amount split in two. */
final class BalanceViews {

    static final String[] ENTRY_CSV_HEADER = {"id", "movementKey", "amount", "currency", "cause", "causeRef", "at"};

    private BalanceViews() {
    }

    /**
     * One ledger entry of the balance: {@code amount} is signed (negative left the balance);
     * {@code movementKey} names the movement it belongs to, {@code causeRef} what it was for.
     */
    record EntryJson(long id, String movementKey, MoneyView amount, String cause, String causeRef, String at) {
    }

    /** {@code entries} are the latest, newest first. */
    record BalanceJson(long accountId, MoneyView balance, List<EntryJson> entries) {
    }

    record AdjustedJson(long accountId, MoneyView balance) {
    }

    static EntryJson json(LedgerEntry e) {
        return new EntryJson(e.id(), e.movementKey(), MoneyView.of(e.amount()), e.cause().name(), e.causeRef(),
                e.at().toString());
    }

    static Object[] row(LedgerEntry e) {
        EntryJson j = json(e);
        return new Object[] {j.id(), j.movementKey(), j.amount().amount(), j.amount().currency(), j.cause(), j.causeRef(),
            j.at()};
    }
}
