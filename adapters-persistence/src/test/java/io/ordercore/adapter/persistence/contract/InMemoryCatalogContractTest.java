package io.ordercore.adapter.persistence.contract;

import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.testing.InMemoryCatalog;
import io.ordercore.application.testing.InMemoryIds;
import io.ordercore.application.testing.InMemoryStore;

class InMemoryCatalogContractTest extends CatalogContract {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryCatalog catalog = new InMemoryCatalog(store);
    private final InMemoryIds ids = new InMemoryIds();

    @Override
    protected Catalog catalog() {
        return catalog;
    }

    @Override
    protected Ids ids() {
        return ids;
    }

    @Override
    protected Transactions transactions() {
        return store;
    }
}
