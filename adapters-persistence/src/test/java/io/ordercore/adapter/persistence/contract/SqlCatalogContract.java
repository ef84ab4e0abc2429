package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.catalog.CatalogPersistenceAdapter;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalog contract against a real database through the persistence adapter's beans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlCatalogContract extends CatalogContract {

    private final LazyStorage storage = new LazyStorage(this::startContext);

    protected abstract ApplicationContext startContext();

    @AfterAll
    void stop() {
        storage.close();
    }

    @Test
    void theContractRunsOnTheSqlAdapter() {
        assertThat(catalog()).as("the store under test is the SQL adapter, not a fake").isInstanceOf(CatalogPersistenceAdapter.class);
    }

    @Override
    protected Catalog catalog() {
        return storage.bean(Catalog.class);
    }

    @Override
    protected Ids ids() {
        return storage.ids();
    }

    @Override
    protected Transactions transactions() {
        return storage.transactions();
    }
}
