package io.ordercore.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.InMemoryCatalog;
import io.ordercore.application.testing.InMemoryIds;
import io.ordercore.application.testing.InMemoryOrders;
import io.ordercore.application.testing.InMemoryStore;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How to embed ordercore: the {@code domain} and {@code application} jars, your own
 * implementations of the outbound ports (here the in-memory ones from the application test-jar),
 * and nothing else: no framework, no database. Linked from the README.
 */
class EmbeddingExampleTest {

    @Test
    void catalog_then_order_then_status_changes_with_plain_java() {
        // 1. Wire the core to your ports. A real product passes its own storage and Clock.systemUTC().
        InMemoryStore store = new InMemoryStore(); // holds the data and is also the Transactions port
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC); // 09:00 in Moscow
        Ordercore core = new Ordercore(new Ordercore.Ports(
                new InMemoryOrders(store), new InMemoryCatalog(store), new InMemoryIds(), store,
                new SimplePhoneNumbers(), clock));

        // 2. An administrator fills the catalog.
        Category greetings = core.manageCatalog().createCategory("Greetings");
        CallType birthday = core.manageCatalog().createCallType(new CallTypeForm(
                greetings.id().value(), "Birthday greeting", 500L, "A warm call", "ANY", List.of(), null));

        // 3. A client places an order with the form as typed (every field error would come back at once).
        Order order = core.placeCallOrder().place(new CallOrderForm(
                birthday.id().value(), "Ivan Petrov", "ivan@example.com",
                "Maria Ivanova", "8 916 123-45-67", "RU", "Moscow",
                "2026-11-25", "10:00", "12:00",
                null, "Sing happy birthday", false, true, null));

        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(order.price().total()).isEqualTo(Money.roubles(500));
        assertThat(order.details().recipient().phone().e164()).isEqualTo("+79161234567");

        // 4. The system reports a fault; an administrator puts the order back in the queue.
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.ERROR, Actor.system("payment-gateway"), "gateway timed out"));
        Order requeued = core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.UNPAID, Actor.admin("root"), "retry payment"));
        assertThat(requeued.status()).isEqualTo(OrderStatus.UNPAID);

        // 5. Moves the workflow table does not allow are refused with a domain error.
        assertThatThrownBy(() -> core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.COMPLETED, Actor.admin("root"), null)))
                .isInstanceOf(IllegalTransitionException.class);

        // 6. Cancel it; the history tells the whole story.
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.CANCELLED, Actor.admin("root"), "client changed their mind"));
        Order finalState = core.findOrders().get(order.id());
        assertThat(finalState.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(finalState.history()).extracting(OrderHistoryEntry::to).containsExactly(
                OrderStatus.UNPAID, OrderStatus.ERROR, OrderStatus.UNPAID, OrderStatus.CANCELLED);
        assertThat(core.findOrders().list(OrderListQuery.all()).items()).hasSize(1);
    }

    @Test
    void no_framework_is_needed_on_the_classpath() {
        assertThatThrownBy(() -> Class.forName("io.micronaut.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("io.micronaut.core.annotation.Introspected"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("jakarta.inject.Singleton"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
