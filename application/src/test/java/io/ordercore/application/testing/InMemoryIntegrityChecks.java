package io.ordercore.application.testing;

import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link IntegrityChecks} over {@link InMemoryStore}: the SQL adapter's checks, with its wording and
 * order, read from the store's state directly (so they catch what a fake's back door planted).
 */
public final class InMemoryIntegrityChecks implements IntegrityChecks {

    private static final Set<OrderStatus> PAID_OR_LATER = EnumSet.of(OrderStatus.PAID, OrderStatus.OPERATOR_PROPOSED,
            OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED);
    private static final Set<PaymentKind> MONEY_KINDS = EnumSet.of(PaymentKind.GATEWAY, PaymentKind.BALANCE,
            PaymentKind.OFFLINE);

    private final InMemoryStore store;

    public InMemoryIntegrityChecks(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<String> balancesNotMatchingEntries() {
        return store.locked(s -> {
            Map<String, Long> sums = new TreeMap<>();
            s.ledgerEntries.values().forEach(e -> sums.merge(e.account().key(), e.amount().minor(), Math::addExact));
            TreeSet<String> accounts = new TreeSet<>(s.balances.keySet());
            accounts.addAll(sums.keySet());
            List<String> found = new ArrayList<>();
            for (String account : accounts) {
                long balance = s.balances.getOrDefault(account, 0L);
                long entries = sums.getOrDefault(account, 0L);
                if (balance != entries) {
                    found.add(account + ": balance " + rub(balance) + " but entries sum to " + rub(entries));
                }
                if (account.startsWith("client:") && balance < 0) {
                    found.add(account + ": balance " + rub(balance) + " is below zero");
                }
            }
            return found;
        });
    }

    @Override
    public List<String> unbalancedMovements() {
        return store.locked(s -> {
            Map<String, long[]> countAndSum = new TreeMap<>();
            s.movements.keySet().forEach(key -> countAndSum.put(key, new long[2]));
            for (LedgerEntry e : s.ledgerEntries.values()) {
                long[] cs = countAndSum.computeIfAbsent(e.movementKey(), k -> new long[2]);
                cs[0]++;
                cs[1] += e.amount().minor();
            }
            List<String> found = new ArrayList<>();
            countAndSum.forEach((key, cs) -> {
                if (cs[0] != 2 || cs[1] != 0) {
                    found.add(unbalanced(key, cs[0], cs[1]));
                }
            });
            return found;
        });
    }

    private static String unbalanced(String key, long entries, long sum) {
        String count = entries + " entries, not 2";
        if (sum == 0) {
            return "movement " + key + ": " + count;
        }
        return "movement " + key + ": " + (entries == 2 ? "entries sum to " : count + ", summing to ") + rub(sum);
    }

    @Override
    public List<String> paidOrdersNotCovered() {
        return store.locked(s -> {
            List<String> found = new ArrayList<>();
            for (OrderSnapshot o : s.orders.values()) {
                Money total = o.price().total();
                long paid = InMemoryPayments.paidFor(s, o.id()).minor();
                if (PAID_OR_LATER.contains(o.status()) && paid < total.minor()) {
                    found.add("order " + o.id().value() + " is " + o.status() + " but its payments cover "
                            + decimal(paid, total) + " of " + decimal(total.minor(), total));
                }
            }
            return found;
        });
    }

    @Override
    public List<String> paymentsWithoutEntries() {
        return store.locked(s -> s.payments.values().stream()
                .filter(p -> MONEY_KINDS.contains(p.kind()) && !s.movements.containsKey("payment:" + p.id()))
                .map(p -> "payment " + p.id() + " (" + p.kind() + " " + rub(p.amount().minor()) + ") has no ledger movement")
                .toList());
    }

    @Override
    public List<String> statusesContradictingPayments() {
        return store.locked(s -> {
            List<String> found = new ArrayList<>();
            for (OrderSnapshot o : s.orders.values()) {
                Money total = o.price().total();
                boolean hasPayments = s.payments.values().stream().map(Payment::order).anyMatch(o.id()::equals);
                long paid = InMemoryPayments.paidFor(s, o.id()).minor();
                if (o.status() == OrderStatus.UNPAID && hasPayments && paid >= total.minor()) {
                    found.add("order " + o.id().value() + " is " + o.status() + " but its payments cover its total ("
                            + decimal(paid, total) + " of " + decimal(total.minor(), total) + ")");
                }
            }
            return found;
        });
    }

    private static String rub(long minor) {
        return Money.kopecks(minor).toDecimal().toPlainString();
    }

    private static String decimal(long minor, Money inCurrencyOf) {
        return Money.ofMinor(minor, inCurrencyOf.currency()).toDecimal().toPlainString();
    }
}
