package io.ordercore.adapter.web;

import io.micronaut.context.annotation.Factory;
import io.ordercore.application.port.in.BrowseCatalogUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.testing.MutableClock;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The core on in-memory ports, one per test class's application context, with a hand-moved clock. */
@Factory
public class TestCore {

    /** 09:00 in Moscow on Monday 2026-11-23. */
    public static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    @Singleton
    MutableClock clock() {
        return new MutableClock(NOW);
    }

    @Singleton
    InMemoryCore inMemoryCore(MutableClock clock) {
        return new InMemoryCore(clock);
    }

    @Singleton
    PlaceCallOrderUseCase placeCallOrder(InMemoryCore c) {
        return c.core.placeCallOrder();
    }

    @Singleton
    FindOrdersUseCase findOrders(InMemoryCore c) {
        return c.core.findOrders();
    }

    @Singleton
    ChangeOrderStatusUseCase changeOrderStatus(InMemoryCore c) {
        return c.core.changeOrderStatus();
    }

    @Singleton
    RescheduleOrderUseCase rescheduleOrder(InMemoryCore c) {
        return c.core.rescheduleOrder();
    }

    @Singleton
    DeleteOrdersUseCase deleteOrders(InMemoryCore c) {
        return c.core.deleteOrders();
    }

    @Singleton
    BrowseCatalogUseCase browseCatalog(InMemoryCore c) {
        return c.core.browseCatalog();
    }

    @Singleton
    ManageCatalogUseCase manageCatalog(InMemoryCore c) {
        return c.core.manageCatalog();
    }
}
