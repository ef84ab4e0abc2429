package io.ordercore.application.testing;

import io.ordercore.application.port.out.Ledger;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * {@link Ledger} over {@link InMemoryStore}, with the SQL adapter's semantics: a repeated key or a
 * client's balance too small writes nothing; the store's one lock serialises postings as the
 * balance rows' locks do in a database. RUB only, as the SQL tables.
 */
public final class InMemoryLedger implements Ledger {

    private final InMemoryStore store;

    public InMemoryLedger(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Posted post(Movement m) {
        long amount = rub(m.amount());
        return store.locked(s -> {
            if (s.movements.containsKey(m.key())) {
                return Posted.DUPLICATE;
            }
            long fromBalance = s.balances.getOrDefault(m.from().key(), 0L);
            if (!m.from().mayGoNegative() && fromBalance < amount) {
                return Posted.INSUFFICIENT;
            }
            s.movements.put(m.key(), m);
            s.balances.put(m.from().key(), Math.subtractExact(fromBalance, amount));
            s.balances.merge(m.to().key(), amount, Math::addExact);
            append(s, m.key(), m.from(), -amount, m);
            append(s, m.key(), m.to(), amount, m);
            return Posted.POSTED;
        });
    }

    @Override
    public Money balance(LedgerAccount account) {
        return store.locked(s -> Money.kopecks(s.balances.getOrDefault(account.key(), 0L)));
    }

    @Override
    public List<LedgerEntry> entries(LedgerAccount account, long beforeId, int limit) {
        return store.locked(s -> s.ledgerEntries.descendingMap().values().stream()
                .filter(e -> e.account().equals(account))
                .filter(e -> beforeId <= 0 || e.id() < beforeId)
                .limit(limit).toList());
    }

    /** Test back door: sets an account's kept balance behind the ledger's back (for integrity-check tests). */
    public void tamperBalance(LedgerAccount account, Money balance) {
        long minor = rub(balance);
        store.locked(s -> s.balances.put(account.key(), minor));
    }

    /**
     * Test back door: writes one more entry of a movement behind the ledger's back, with no movement
     * and no balance change (for integrity-check tests).
     */
    public void tamperEntry(String movementKey, LedgerAccount account, Money amount) {
        long minor = rub(amount);
        store.locked(s -> {
            long id = ++s.ledgerEntryIds;
            s.ledgerEntries.put(id, new LedgerEntry(id, movementKey, account, Money.kopecks(minor),
                    Cause.ADJUSTMENT, "tampered", Instant.EPOCH));
            return null;
        });
    }

    private static void append(InMemoryStore.State s, String key, LedgerAccount account, long amount, Movement m) {
        long id = ++s.ledgerEntryIds;
        s.ledgerEntries.put(id, new LedgerEntry(id, key, account, Money.kopecks(amount), m.cause(), m.causeRef(), m.at()));
    }

    private static long rub(Money amount) {
        if (!amount.currency().equals(Money.RUB)) {
            throw new IllegalArgumentException("the ledger is in RUB, not " + amount);
        }
        return amount.minor();
    }
}
