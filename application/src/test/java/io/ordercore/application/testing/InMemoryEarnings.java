package io.ordercore.application.testing;

import io.ordercore.application.port.out.Earnings;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.shared.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Earnings} over {@link InMemoryStore}, with the SQL adapter's semantics; the store's one
 * lock serialises payout requests as the payee's account lock does in a database.
 */
public final class InMemoryEarnings implements Earnings {

    private final InMemoryStore store;

    public InMemoryEarnings(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean append(EarningEntry entry) {
        return store.locked(s -> {
            if (s.earnings.containsKey(entry.id()) || s.earnings.values().stream().anyMatch(e -> e.key().equals(entry.key()))) {
                return false;
            }
            s.earnings.put(entry.id(), entry);
            return true;
        });
    }

    @Override
    public List<EarningEntry> entries(AccountId operator, int limit) {
        return store.locked(s -> s.earnings.values().stream().filter(e -> e.operator().equals(operator))
                .sorted(Comparator.comparing(EarningEntry::at).thenComparingLong(EarningEntry::id).reversed())
                .limit(limit).toList());
    }

    @Override
    public Money available(AccountId operator) {
        return store.locked(s -> available(s, operator));
    }

    @Override
    public Optional<PayoutRequest> requestPayout(PayoutRequest request) {
        return store.locked(s -> {
            if (request.amount().compareTo(available(s, request.payee())) > 0) {
                return Optional.empty();
            }
            s.payouts.put(request.id(), request);
            return Optional.of(request);
        });
    }

    @Override
    public void storePayout(PayoutRequest request) {
        store.locked(s -> s.payouts.put(request.id(), request));
    }

    @Override
    public Optional<PayoutRequest> payout(long id) {
        return store.locked(s -> Optional.ofNullable(s.payouts.get(id)));
    }

    @Override
    public List<PayoutRequest> payouts(Optional<AccountId> payee, Optional<PayoutStatus> status, long beforeId, int limit) {
        return store.locked(s -> s.payouts.descendingMap().values().stream()
                .filter(p -> payee.map(p.payee()::equals).orElse(true))
                .filter(p -> status.map(st -> st == p.status()).orElse(true))
                .filter(p -> beforeId <= 0 || p.id() < beforeId)
                .limit(limit).toList());
    }

    @Override
    public boolean setPayoutStatus(long id, PayoutStatus from, PayoutStatus to, Instant at, Optional<String> note) {
        return store.locked(s -> {
            PayoutRequest p = s.payouts.get(id);
            if (p == null || p.status() != from) {
                return false;
            }
            // Without a new note the one already there stays.
            s.payouts.put(id, new PayoutRequest(p.id(), p.payee(), p.amount(), to, p.createdAt(), at, note.or(p::note)));
            return true;
        });
    }

    @Override
    public long countPayouts(PayoutStatus status) {
        return store.locked(s -> s.payouts.values().stream().filter(p -> p.status() == status).count());
    }

    private static Money available(InMemoryStore.State s, AccountId operator) {
        Money earned = s.earnings.values().stream().filter(e -> e.operator().equals(operator)).map(EarningEntry::amount)
                .reduce(Money.zero(Money.RUB), Money::plus);
        Money held = s.payouts.values().stream().filter(p -> p.payee().equals(operator) && p.status().holdsAmount())
                .map(PayoutRequest::amount).reduce(Money.zero(Money.RUB), Money::plus);
        return earned.minus(held);
    }
}
