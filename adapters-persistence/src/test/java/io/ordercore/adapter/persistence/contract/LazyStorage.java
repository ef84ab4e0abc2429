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
