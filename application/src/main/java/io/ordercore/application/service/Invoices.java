package io.ordercore.application.service;

import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.shared.OrderId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What ordercore calls its invoices at the gateways ({@code ORDER-<id>} for an order, {@code TOPUP-...}
 * for a balance top-up), and how a gateway payment is recorded against an order that may change
 * under it.
 */
final class Invoices {

    static final String ORDER_PREFIX = "ORDER-";
    static final String TOPUP_PREFIX = "TOPUP-";
    private static final int ATTEMPTS = 5;

    private Invoices() {
    }

    static String ofOrder(OrderId order) {
        return ORDER_PREFIX + order.value();
    }

    /** The order an invoice names; empty for anything else (a top-up, a foreign or malformed reference). */
    static Optional<OrderId> order(String invoice) {
        if (invoice == null || !invoice.startsWith(ORDER_PREFIX)) {
            return Optional.empty();
        }
        String digits = invoice.substring(ORDER_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return id > 0 ? Optional.of(new OrderId(id)) : Optional.empty();
    }

    /**
     * Runs the recording in a transaction, again on a fresh read when the order's version check
     * refused it (a balance payment or a dispatcher moved the order meanwhile).
     */
    static <T> T recordRetrying(Transactions transactions, Supplier<T> recording) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(recording);
            } catch (ConcurrentUpdateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
