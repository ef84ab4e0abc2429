package io.ordercore.adapter.web;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Email;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Test data put straight into the core, so each HTTP test exercises only the endpoint it is about.
 * The catalog is filled by the administrator; orders are placed by their client, whose account is
 * opened on first use (password {@link InMemoryCore#PASSWORD}).
 */
@Singleton
public class Fixtures {

    private final ManageCatalogUseCase catalog;
    private final PlaceCallOrderUseCase placeCallOrder;
    private final InMemoryCore memory;

    public Fixtures(ManageCatalogUseCase catalog, PlaceCallOrderUseCase placeCallOrder, InMemoryCore memory) {
        this.catalog = catalog;
        this.placeCallOrder = placeCallOrder;
        this.memory = memory;
    }

    public Category category(String name) {
        return catalog.createCategory(memory.admin(), name);
    }

    public CallType callType(Category category, String name, long roubles) {
        return catalog.createCallType(memory.admin(),
                new CallTypeForm(category.id().value(), name, roubles, null, "ANY", List.of(), null));
    }

    public long example(CallType callType, String title) {
        return catalog.createCallExample(memory.admin(),
                new CallExampleForm(callType.id().value(), title, "Hello!", null)).id().value();
    }

    /** An orderable call type in a fresh category, 1500 roubles. */
    public CallType orderableCallType() {
        return callType(category("Greetings"), "Birthday greeting", 1500);
    }

    /** The client account with this e-mail, opened at the main point on first use. */
    public Caller.SignedIn client(String email) {
        return memory.accounts.findByEmail(Email.of(email))
                .map(a -> new Caller.SignedIn(a.id(), a.email(), a.role(), a.point(), Optional.empty()))
                .orElseGet(() -> memory.signedIn(Role.CLIENT, email));
    }

    /** An Unpaid order on 2026-11-25, 10:00-12:00 Moscow. */
    public Order order(CallType callType, String clientName, String clientEmail, String recipientName, String phone) {
        return order(callType, clientName, clientEmail, recipientName, phone, "2026-11-25");
    }

    public Order order(CallType callType, String clientName, String clientEmail, String recipientName, String phone,
                       String callDate) {
        return placeCallOrder.place(client(clientEmail), new CallOrderForm(callType.id().value(), clientName,
                clientEmail, recipientName, phone, "RU", "Moscow", callDate, "10:00", "12:00", null, null, false, true,
                null, null, null)).order();
    }
}
