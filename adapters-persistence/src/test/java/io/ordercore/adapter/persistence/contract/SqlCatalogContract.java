package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlCatalogContract extends CatalogContract {

    private ApplicationContext context;

    protected abstract ApplicationContext startContext();

    private ApplicationContext context() {
        if (context == null) {
            context = startContext();
        }
        return context;
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    protected Catalog catalog() {
        return context().getBean(Catalog.class);
    }

    @Override
    protected Ids ids() {
        return context().getBean(Ids.class);
    }

    @Override
    protected Transactions transactions() {
        return context().getBean(Transactions.class);
    }
}
