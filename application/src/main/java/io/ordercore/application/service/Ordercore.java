package io.ordercore.application.service;

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
import java.time.Clock;
import java.util.Objects;

/**
 * The core, assembled: give it implementations of the outbound ports and take the use cases.
 * This is the whole embedding API; the web service builds exactly this object in its
 * composition root, and so can any product that brings its own storage.
 *
 * <pre>
 * Ordercore core = new Ordercore(new Ordercore.Ports(orders, catalog, ids, transactions, phones, Clock.systemUTC()));
 * Order order = core.placeCallOrder().place(form);
 * </pre>
 */
public final class Ordercore {

    /** What the core needs from its host. */
    public record Ports(Orders orders, Catalog catalog, Ids ids, Transactions transactions, PhoneNumbers phoneNumbers,
                        Clock clock) {
        public Ports {
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(phoneNumbers, "phoneNumbers");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final PlaceCallOrderUseCase placeCallOrder;
    private final FindOrdersUseCase findOrders;
    private final ChangeOrderStatusUseCase changeOrderStatus;
    private final RescheduleOrderUseCase rescheduleOrder;
    private final DeleteOrdersUseCase deleteOrders;
    private final BrowseCatalogUseCase browseCatalog;
    private final ManageCatalogUseCase manageCatalog;

    public Ordercore(Ports p) {
        this.placeCallOrder = new PlaceCallOrderService(p.orders(), p.catalog(), p.ids(), p.phoneNumbers(),
                p.transactions(), p.clock());
        this.findOrders = new FindOrdersService(p.orders());
        this.changeOrderStatus = new ChangeOrderStatusService(p.orders(), p.transactions(), p.clock());
        this.rescheduleOrder = new RescheduleOrderService(p.orders(), p.transactions(), p.clock());
        this.deleteOrders = new DeleteOrdersService(p.orders(), p.transactions());
        this.browseCatalog = new BrowseCatalogService(p.catalog());
        this.manageCatalog = new ManageCatalogService(p.catalog(), p.ids(), p.transactions());
    }

    public PlaceCallOrderUseCase placeCallOrder() {
        return placeCallOrder;
    }

    public FindOrdersUseCase findOrders() {
        return findOrders;
    }

    public ChangeOrderStatusUseCase changeOrderStatus() {
        return changeOrderStatus;
    }

    public RescheduleOrderUseCase rescheduleOrder() {
        return rescheduleOrder;
    }

    public DeleteOrdersUseCase deleteOrders() {
        return deleteOrders;
    }

    public BrowseCatalogUseCase browseCatalog() {
        return browseCatalog;
    }

    public ManageCatalogUseCase manageCatalog() {
        return manageCatalog;
    }
}
