package io.ordercore.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.ordercore.application.port.in.BrowseCatalogUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.PhoneNumbers;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.service.Ordercore;
import io.ordercore.bootstrap.infra.LibPhoneNumbers;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The composition root: the plain-Java core built from the adapters' port implementations, and
 * each use case offered as a bean for the web controllers. Nothing else wires anything.
 */
@Factory
class OrdercoreFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    PhoneNumbers phoneNumbers() {
        return new LibPhoneNumbers();
    }

    @Singleton
    Ordercore ordercore(Orders orders, Catalog catalog, Ids ids, Transactions transactions, PhoneNumbers phoneNumbers,
                        Clock clock) {
        return new Ordercore(new Ordercore.Ports(orders, catalog, ids, transactions, phoneNumbers, clock));
    }

    @Singleton
    PlaceCallOrderUseCase placeCallOrder(Ordercore core) {
        return core.placeCallOrder();
    }

    @Singleton
    FindOrdersUseCase findOrders(Ordercore core) {
        return core.findOrders();
    }

    @Singleton
    ChangeOrderStatusUseCase changeOrderStatus(Ordercore core) {
        return core.changeOrderStatus();
    }

    @Singleton
    RescheduleOrderUseCase rescheduleOrder(Ordercore core) {
        return core.rescheduleOrder();
    }

    @Singleton
    DeleteOrdersUseCase deleteOrders(Ordercore core) {
        return core.deleteOrders();
    }

    @Singleton
    BrowseCatalogUseCase browseCatalog(Ordercore core) {
        return core.browseCatalog();
    }

    @Singleton
    ManageCatalogUseCase manageCatalog(Ordercore core) {
        return core.manageCatalog();
    }
}
