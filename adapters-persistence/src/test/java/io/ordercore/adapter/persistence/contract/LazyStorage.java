package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Transactions;
import java.util.function.Supplier;

/** A storage context started on first use and closed by its test class: the SQL side of a contract. */
final class LazyStorage implements AutoCloseable {

    private final Supplier<ApplicationContext> start;
    private ApplicationContext context;

    LazyStorage(Supplier<ApplicationContext> start) {
        this.start = start;
    }

    <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    ApplicationContext context() {
        if (context == null) {
            context = start.get();
        }
        return context;
    }

    Ids ids() {
        return bean(Ids.class);
    }

    /** The product name the database reports, e.g. {@code PostgreSQL} or {@code H2}. */
    String databaseProduct() {
        io.ordercore.adapter.persistence.support.Sql sql = bean(io.ordercore.adapter.persistence.support.Sql.class);
        return transactions().inTransaction(() -> sql.run("SELECT 1", java.util.List.of(),
                statement -> statement.getConnection().getMetaData().getDatabaseProductName()));
    }

    Transactions transactions() {
        return bean(Transactions.class);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
