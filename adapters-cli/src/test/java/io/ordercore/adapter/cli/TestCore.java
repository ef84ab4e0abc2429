package io.ordercore.adapter.cli;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** The in-memory core at 2026-11-23T06:00Z (09:00 Moscow), with helpers to fill it. */
final class TestCore {

    final MutableClock clock = MutableClock.atDefaultNow();
    final InMemoryCore memory = new InMemoryCore(clock);

    CliRun run(String... args) {
        return CliRun.run(() -> memory.core, args);
    }

    Ordercore core() {
        return memory.core;
    }

    /** Category 1 "Birthdays" with call type 1 "Birthday greeting" at 1500 roubles. */
    TestCore withCallType() {
        core().manageCatalog().createCategory("Birthdays");
        core().manageCatalog().createCallType(new CallTypeForm(1L, "Birthday greeting", 1500L, null, null, List.of(), null));
        return this;
    }

    /** Places an order for call type 1 on 2026-11-25 10:00-12:00 Moscow; the clock moves a minute after. */
    Order place(String clientName, String email, String recipientName) {
        Order order = core().placeCallOrder().place(new CallOrderForm(1L, clientName, email, recipientName,
                "+79161234567", "RU", "Moscow", "2026-11-25", "10:00", "12:00", null, "Be kind", false, true, null));
        clock.advance(Duration.ofMinutes(1));
        return order;
    }

    Order place() {
        return place("Ivan Petrov", "ivan@example.com", "Maria Ivanova");
    }

    /** The same core, except that every transaction throws {@code failure}. */
    Supplier<Ordercore> failingWith(RuntimeException failure) {
        Transactions failing = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw failure;
            }
        };
        Ordercore broken = new Ordercore(new Ordercore.Ports(memory.orders, memory.catalog, memory.ids, failing,
                new SimplePhoneNumbers(), clock));
        return () -> broken;
    }
}
