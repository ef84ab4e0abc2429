package io.ordercore.application.port.out;

import java.util.List;

/**
 * Read-only checks of the money's consistency, each returning one line per problem found (empty:
 * all is well). They read the store directly so they also catch what a bug in ordercore wrote.
 */
public interface IntegrityChecks {

    /** Accounts whose kept balance differs from the sum of their entries, or a client's below zero. */
    List<String> balancesNotMatchingEntries();

    /** Movements whose entries do not sum to zero or are not exactly two. */
    List<String> unbalancedMovements();

    /** Paid (or later) orders whose payments do not cover their total. */
    List<String> paidOrdersNotCovered();

    /** Money payments (gateway, balance, offline) without their ledger movement. */
    List<String> paymentsWithoutEntries();

    /** Unpaid orders whose payments already cover their total. */
    List<String> statusesContradictingPayments();
}
