package io.ordercore.application.testing;

import io.ordercore.application.port.out.Payments;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.SavedCard;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Optional;

/**
 * {@link Payments} over {@link InMemoryStore}, with the SQL adapter's semantics: a payment repeating
 * an id, or a gateway and gateway id already recorded, stores nothing; the log takes ids of its own.
 * Like the SQL adapter, {@link #log} joins a running transaction (the core logs outside of it).
 */
public final class InMemoryPayments implements Payments {

    private final InMemoryStore store;

    public InMemoryPayments(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean record(Payment payment) {
        return store.locked(s -> {
            if (s.payments.containsKey(payment.id())
                    || payment.gateway().isPresent() && find(s, payment.gateway().get(), payment.externalId().orElseThrow())
                    .isPresent()) {
                return false;
            }
            s.payments.put(payment.id(), payment);
            return true;
        });
    }

    @Override
    public List<Payment> forOrder(OrderId order) {
        return store.locked(s -> s.payments.values().stream().filter(p -> p.order().equals(order)).toList());
    }

    @Override
    public Money paidFor(OrderId order) {
        return store.locked(s -> paidFor(s, order));
    }

    /** What the order's payments add up to, in the state given (the integrity checks' reading too). */
    static Money paidFor(InMemoryStore.State s, OrderId order) {
        return s.payments.values().stream().filter(p -> p.order().equals(order)).map(Payment::amount)
                .reduce(Money.zero(Money.RUB), Money::plus);
    }

    @Override
    public Optional<Payment> byGatewayId(String gateway, String externalId) {
        return store.locked(s -> find(s, gateway, externalId));
    }

    private static Optional<Payment> find(InMemoryStore.State s, String gateway, String externalId) {
        return s.payments.values().stream()
                .filter(p -> p.gateway().equals(Optional.of(gateway)) && p.externalId().equals(Optional.of(externalId)))
                .findFirst();
    }

    @Override
    public List<Payment> list(Query q) {
        return store.locked(s -> s.payments.descendingMap().values().stream()
                .filter(p -> q.from().map(from -> !p.at().isBefore(from)).orElse(true))
                .filter(p -> q.to().map(to -> p.at().isBefore(to)).orElse(true))
                .filter(p -> q.payer().map(payer -> p.payer().equals(Optional.of(payer))).orElse(true))
                .filter(p -> q.gateway().map(g -> p.gateway().equals(Optional.of(g))).orElse(true))
                .filter(p -> q.kind().map(k -> p.kind() == k).orElse(true))
                .filter(p -> q.minAmountMinor().map(min -> p.amount().minor() >= min).orElse(true))
                .filter(p -> q.maxAmountMinor().map(max -> p.amount().minor() <= max).orElse(true))
                .filter(p -> q.beforeId() <= 0 || p.id() < q.beforeId())
                .limit(q.limit()).toList());
    }

    @Override
    public void log(LogEntry entry) {
        store.locked(s -> {
            long id = ++s.gatewayLogIds;
            s.gatewayLog.put(id, new LogEntry(id, entry.gateway(), entry.endpoint(), entry.headers(), entry.body(),
                    entry.verdict(), entry.externalId(), entry.order(), entry.at()));
            return null;
        });
    }

    @Override
    public List<LogEntry> logEntries(Optional<String> gateway, Optional<String> verdict, long beforeId, int limit) {
        return store.locked(s -> s.gatewayLog.descendingMap().values().stream()
                .filter(e -> gateway.map(e.gateway()::equals).orElse(true))
                .filter(e -> verdict.map(e.verdict()::equals).orElse(true))
                .filter(e -> beforeId <= 0 || e.id() < beforeId)
                .limit(limit).toList());
    }

    @Override
    public void saveCard(SavedCard card) {
        store.locked(s -> s.savedCards.put(card.client().value() + "/" + card.gateway(), card));
    }

    @Override
    public Optional<SavedCard> savedCard(AccountId client, String gateway) {
        return store.locked(s -> Optional.ofNullable(s.savedCards.get(client.value() + "/" + gateway)));
    }

    @Override
    public boolean forgetCard(AccountId client, String gateway) {
        return store.locked(s -> s.savedCards.remove(client.value() + "/" + gateway) != null);
    }
}
