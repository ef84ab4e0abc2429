package io.ordercore.adapter.web;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.order.Order;
import jakarta.inject.Singleton;
import java.util.List;

/** Test data put straight into the core, so each HTTP test exercises only the endpoint it is about. */
@Singleton
public class Fixtures {

    private final ManageCatalogUseCase catalog;
    private final PlaceCallOrderUseCase placeCallOrder;

    public Fixtures(ManageCatalogUseCase catalog, PlaceCallOrderUseCase placeCallOrder) {
        this.catalog = catalog;
        this.placeCallOrder = placeCallOrder;
    }

    public Category category(String name) {
        return catalog.createCategory(name);
    }

    public CallType callType(Category category, String name, long roubles) {
        return catalog.createCallType(new CallTypeForm(category.id().value(), name, roubles, null, "ANY", List.of(), null));
    }

    public long example(CallType callType, String title) {
        return catalog.createCallExample(new CallExampleForm(callType.id().value(), title, "Hello!", null)).id().value();
    }

    /** An orderable call type in a fresh category, 1500 roubles. */
    public CallType orderableCallType() {
        return callType(category("Greetings"), "Birthday greeting", 1500);
    }

    /** An Unpaid order on 2026-11-25, 10:00-12:00 Moscow. */
    public Order order(CallType callType, String clientName, String clientEmail, String recipientName, String phone) {
        return order(callType, clientName, clientEmail, recipientName, phone, "2026-11-25");
    }

    public Order order(CallType callType, String clientName, String clientEmail, String recipientName, String phone,
                       String callDate) {
        return placeCallOrder.place(new CallOrderForm(callType.id().value(), clientName, clientEmail, recipientName, phone,
                "RU", "Moscow", callDate, "10:00", "12:00", null, null, false, true, null));
    }
}
