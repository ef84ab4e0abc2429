package io.ordercore.adapter.persistence.ledger;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link IntegrityChecks} as read-only queries over the ledger, payment and orders tables, so they
 * see exactly what is stored, whoever wrote it. Each returns its problems in key order.
 */
@Singleton
public final class IntegrityChecksPersistenceAdapter implements IntegrityChecks {

    /** The statuses an order reaches only once paid in full. */
    private static final String PAID_OR_LATER = in(Stream.of(OrderStatus.PAID, OrderStatus.OPERATOR_PROPOSED,
            OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED).map(Enum::name));
    /** The kinds that move money, each with its ledger movement {@code payment:<id>}. */
    private static final String MONEY_KINDS = in(Stream.of(PaymentKind.GATEWAY, PaymentKind.BALANCE, PaymentKind.OFFLINE)
            .map(Enum::name));
    private static final String PAID_PER_ORDER = "(SELECT order_id, SUM(amount_minor) AS paid FROM payment GROUP BY order_id)";
    private static final String ORDER_TOTAL = "o.price_minor - o.discount_minor";

    private final Sql sql;

    IntegrityChecksPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<String> balancesNotMatchingEntries() {
        // Kept balances against their entries, plus entries of accounts without a kept balance (taken as 0).
        // The system's accounts keep none (their balance is their entries), so they are not compared.
        return lines("SELECT account_key, balance_minor, entries_minor FROM ("
                + " SELECT b.account_key, b.balance_minor, COALESCE(e.total, 0) AS entries_minor FROM ledger_balance b"
                + "   LEFT JOIN (SELECT account_key, SUM(amount_minor) AS total FROM ledger_entry GROUP BY account_key) e"
                + "   ON e.account_key = b.account_key"
                + " UNION ALL"
                + " SELECT e.account_key, 0, SUM(e.amount_minor) FROM ledger_entry e"
                + "   WHERE NOT EXISTS (SELECT 1 FROM ledger_balance b WHERE b.account_key = e.account_key)"
                + "   AND e.account_key NOT LIKE 'system:%'"
                + "   GROUP BY e.account_key"
                + ") x WHERE balance_minor <> entries_minor OR (account_key LIKE 'client:%' AND balance_minor < 0)"
                + " ORDER BY account_key", rs -> {
                    String account = rs.getString(1);
                    long balance = rs.getLong(2);
                    long entries = rs.getLong(3);
                    List<String> found = new ArrayList<>();
                    if (balance != entries) {
                        found.add(account + ": balance " + rub(balance) + " but entries sum to " + rub(entries));
                    }
                    if (account.startsWith("client:") && balance < 0) {
                        found.add(account + ": balance " + rub(balance) + " is below zero");
                    }
                    return found;
                });
    }

    @Override
    public List<String> unbalancedMovements() {
        return lines("SELECT movement_key, entries, total FROM ("
                + " SELECT movement_key, COUNT(*) AS entries, SUM(amount_minor) AS total FROM ledger_entry GROUP BY movement_key"
                + " UNION ALL"
                + " SELECT m.movement_key, 0, 0 FROM ledger_movement m"
                + "   WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.movement_key = m.movement_key)"
                + ") x WHERE entries <> 2 OR total <> 0 ORDER BY movement_key",
                rs -> List.of(unbalanced(rs.getString(1), rs.getLong(2), rs.getLong(3))));
    }

    /** The line of an unbalanced movement (the in-memory fake words it the same way). */
    private static String unbalanced(String key, long entries, long sum) {
        String count = entries + " entries, not 2";
        if (sum == 0) {
            return "movement " + key + ": " + count;
        }
        return "movement " + key + ": " + (entries == 2 ? "entries sum to " : count + ", summing to ") + rub(sum);
    }

    @Override
    public List<String> paidOrdersNotCovered() {
        return lines("SELECT o.id, o.status, o.currency, " + ORDER_TOTAL + ", COALESCE(p.paid, 0) FROM orders o"
                + " LEFT JOIN " + PAID_PER_ORDER + " p ON p.order_id = o.id"
                + " WHERE o.status IN " + PAID_OR_LATER + " AND COALESCE(p.paid, 0) < " + ORDER_TOTAL + " ORDER BY o.id",
                rs -> {
                    Currency currency = Currency.getInstance(rs.getString(3).trim());
                    return List.of("order " + rs.getLong(1) + " is " + rs.getString(2) + " but its payments cover "
                            + decimal(rs.getLong(5), currency) + " of " + decimal(rs.getLong(4), currency));
                });
    }

    @Override
    public List<String> paymentsWithoutEntries() {
        return lines("SELECT p.id, p.kind, p.amount_minor FROM payment p WHERE p.kind IN " + MONEY_KINDS
                + " AND NOT EXISTS (SELECT 1 FROM ledger_movement m WHERE m.movement_key = CONCAT('payment:', p.id))"
                + " ORDER BY p.id",
                rs -> List.of("payment " + rs.getLong(1) + " (" + rs.getString(2) + " " + rub(rs.getLong(3))
                        + ") has no ledger movement"));
    }

    @Override
    public List<String> statusesContradictingPayments() {
        // Only orders with payments: an unpaid order nobody paid for contradicts nothing.
        return lines("SELECT o.id, o.status, o.currency, " + ORDER_TOTAL + ", p.paid FROM orders o"
                + " JOIN " + PAID_PER_ORDER + " p ON p.order_id = o.id"
                + " WHERE o.status = '" + OrderStatus.UNPAID.name() + "' AND p.paid >= " + ORDER_TOTAL + " ORDER BY o.id",
                rs -> {
                    Currency currency = Currency.getInstance(rs.getString(3).trim());
                    return List.of("order " + rs.getLong(1) + " is " + rs.getString(2) + " but its payments cover its total ("
                            + decimal(rs.getLong(5), currency) + " of " + decimal(rs.getLong(4), currency) + ")");
                });
    }

    @FunctionalInterface
    private interface RowLines {
        List<String> of(ResultSet rs) throws SQLException;
    }

    /** The lines the query's rows produce; the query is built from constants only. */
    private List<String> lines(String query, RowLines perRow) {
        return sql.run(query, List.of(), statement -> {
            List<String> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.addAll(perRow.of(rs));
                }
            }
            return found;
        });
    }

    private static String rub(long minor) {
        return decimal(minor, Money.RUB);
    }

    private static String decimal(long minor, Currency currency) {
        return Money.ofMinor(minor, currency).toDecimal().toPlainString();
    }

    private static String in(Stream<String> names) {
        return names.map(n -> "'" + n + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
