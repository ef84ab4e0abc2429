package io.ordercore.adapter.persistence.contract;

import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.testing.InMemoryIds;
import io.ordercore.application.testing.InMemoryOrders;
import io.ordercore.application.testing.InMemoryStore;

/** The in-memory fake honours the same contract as the SQL stores. */
class InMemoryOrdersContractTest extends OrdersContract {

    private InMemoryStore store = new InMemoryStore();
    private InMemoryOrders orders = new InMemoryOrders(store);
    private final InMemoryIds ids = new InMemoryIds();

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected Ids ids() {
        return ids;
    }

    @Override
    protected Transactions transactions() {
        return store;
    }

    @Override
    protected void deleteAllOrders() {
        store = new InMemoryStore();
        orders = new InMemoryOrders(store);
    }
}
