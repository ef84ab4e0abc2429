package io.ordercore.application.testing;

import io.ordercore.application.service.Ordercore;
import java.time.Clock;

/** The core wired to in-memory ports: what use-case tests and embedding examples start from. */
public final class InMemoryCore {

    public final InMemoryStore store = new InMemoryStore();
    public final InMemoryOrders orders = new InMemoryOrders(store);
    public final InMemoryCatalog catalog = new InMemoryCatalog(store);
    public final InMemoryIds ids = new InMemoryIds();
    public final Ordercore core;

    public InMemoryCore(Clock clock) {
        this.core = new Ordercore(new Ordercore.Ports(orders, catalog, ids, store, new SimplePhoneNumbers(), clock));
    }
}
