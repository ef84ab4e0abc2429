package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.CoreOnStorage;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.application.port.out.Points;
import io.ordercore.application.port.out.RevokedTokens;
import io.ordercore.application.port.out.Settings;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.RecordingNotificationSender;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.application.testing.TestPasswordHasher;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Concurrent writers on real PostgreSQL, through the use cases: each change lands exactly once,
 * the losers get a clean, coded refusal, and no history is lost or doubled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderRacesTest {

    private static final int THREADS = 16;
    private static final Caller SYSTEM = Caller.system("races");
    private Caller admin;

    private ApplicationContext context;
    private Ordercore core;
    private long callTypeId;
    private final MutableClock clock = MutableClock.atDefaultNow();

    @BeforeAll
    void start() {
        context = StorageContext.postgres("order_races");
        core = CoreOnStorage.of(context, clock, new RecordingNotificationSender());
        var view = core.manageAccounts().createFirstAdmin("races-admin@example.com", "Admin", "a-long-Secret-42");
        admin = new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), java.util.Optional.empty());
        long category = core.manageCatalog().createCategory(SYSTEM, "Races").id().value();
        callTypeId = core.manageCatalog().createCallType(SYSTEM,
                new CallTypeForm(category, "Greeting", 500L, null, null, List.of(), null)).id().value();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private Order place(String email) {
        return core.placeCallOrder().place(SYSTEM, new CallOrderForm(callTypeId, "Client", email, "Recipient",
                "+79161234567", "RU", "Moscow", "2026-11-25", "10:00", "12:00", null, null, false, true, null, null, null))
                .order();
    }

    @RepeatedTest(3)
    void concurrentStatusChangesLandExactlyOnce() throws Exception {
        OrderId id = place("race@example.com").id();

        Map<String, Integer> outcomes = Race.run(THREADS, i -> () -> {
            core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(id, OrderStatus.CANCELLED, admin, "race " + i));
            return null;
        });

        assertThat(outcomes.get("OK")).isEqualTo(1);
        int refused = outcomes.entrySet().stream().filter(e -> !e.getKey().equals("OK")).mapToInt(Map.Entry::getValue).sum();
        assertThat(refused).isEqualTo(THREADS - 1);
        assertThat(outcomes.keySet()).isSubsetOf("OK", "CONCURRENT_UPDATE", "ILLEGAL_TRANSITION");
        Order stored = core.findOrders().get(SYSTEM, id);
        assertThat(stored.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stored.history()).extracting(OrderHistoryEntry::to).containsExactly(OrderStatus.UNPAID, OrderStatus.CANCELLED);
        assertThat(stored.version()).isEqualTo(2);
    }

    @RepeatedTest(3)
    void rescheduleAndCancelRacingNeverBothLandOnAStaleOrder() throws Exception {
        OrderId id = place("race2@example.com").id();

        Map<String, Integer> outcomes = Race.run(THREADS, i -> i % 2 == 0
                ? () -> core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(id, OrderStatus.CANCELLED, admin, null))
                : () -> core.rescheduleOrder().reschedule(new RescheduleOrderCommand(id, "2026-11-26", "1" + (i % 10) + ":00", "20:00", admin, null)));

        Order stored = core.findOrders().get(SYSTEM, id);
        // Every landed change is one history entry and one version step: nothing lost, nothing doubled.
        assertThat(stored.history()).hasSize(outcomes.get("OK") + 1);
        assertThat(stored.version()).isEqualTo(outcomes.get("OK") + 1L);
        List<OrderHistoryEntry> cancels = stored.history().stream()
                .filter(e -> e.to() == OrderStatus.CANCELLED && e.kind() == OrderHistoryEntry.Kind.STATUS).toList();
        assertThat(cancels).hasSizeLessThanOrEqualTo(1);
        // Once cancelled, nothing may land after it; and the status agrees with the history.
        assertThat(stored.status() == OrderStatus.CANCELLED).isEqualTo(!cancels.isEmpty());
        if (!cancels.isEmpty()) {
            assertThat(stored.history().get(stored.history().size() - 1)).isEqualTo(cancels.get(0));
        }
        assertThat(outcomes.keySet()).isSubsetOf("OK", "CONCURRENT_UPDATE", "ILLEGAL_TRANSITION", "ORDER_FINAL");
    }

    @Test
    void concurrentPlacementsGetDistinctIdsAndAllLand() throws Exception {
                List<OrderId> ids = java.util.Collections.synchronizedList(new ArrayList<>());

        Map<String, Integer> outcomes = Race.run(50, i -> () -> {
            ids.add(place("many-" + i + "@example.com").id());
            return null;
        });

        assertThat(outcomes.get("OK")).isEqualTo(50);
        assertThat(new HashSet<>(ids)).hasSize(50);
        ids.forEach(id -> assertThat(core.findOrders().get(SYSTEM, id).status()).isEqualTo(OrderStatus.UNPAID));
    }
}
