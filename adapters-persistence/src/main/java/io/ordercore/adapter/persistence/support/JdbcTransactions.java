package io.ordercore.adapter.persistence.support;

import io.micronaut.transaction.TransactionOperations;
import io.ordercore.application.port.out.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * {@link Transactions} over the JDBC data source: repositories and JDBC calls made inside the work
 * share one connection and commit together; an exception rolls everything back. A nested call
 * joins the running transaction.
 */
@Singleton
public final class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> transactions;

    public JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
