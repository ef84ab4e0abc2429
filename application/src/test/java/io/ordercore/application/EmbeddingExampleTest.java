package io.ordercore.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.in.AuthenticateUseCase.TokenClaims;
import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PlacedOrder;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.InMemoryAccounts;
import io.ordercore.application.testing.InMemoryAuditLog;
import io.ordercore.application.testing.InMemoryCallResults;
import io.ordercore.application.testing.InMemoryCatalog;
import io.ordercore.application.testing.InMemoryDispatches;
import io.ordercore.application.testing.InMemoryEarnings;
import io.ordercore.application.testing.InMemoryIdempotencyKeys;
import io.ordercore.application.testing.InMemoryIntegrityChecks;
import io.ordercore.application.testing.InMemoryLedger;
import io.ordercore.application.testing.InMemoryOperators;
import io.ordercore.application.testing.InMemoryPartners;
import io.ordercore.application.testing.InMemoryPayments;
import io.ordercore.application.testing.InMemoryReviews;
import io.ordercore.application.testing.InMemoryCoupons;
import io.ordercore.application.testing.InMemoryIds;
import io.ordercore.application.testing.InMemoryOrders;
import io.ordercore.application.testing.InMemoryOutbox;
import io.ordercore.application.testing.InMemoryPoints;
import io.ordercore.application.testing.InMemoryRevokedTokens;
import io.ordercore.application.testing.InMemorySettings;
import io.ordercore.application.testing.InMemoryStore;
import io.ordercore.application.testing.RecordingNotificationSender;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.application.testing.TestPasswordHasher;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How to embed ordercore: the {@code domain} and {@code application} jars, your own
 * implementations of the outbound ports (here the in-memory ones from the application test-jar),
 * and nothing else: no framework, no database. Linked from the README.
 */
class EmbeddingExampleTest {

    @Test
    void catalog_then_order_then_status_changes_with_plain_java() {
        // 1. Wire the core to your ports. A real product passes its own storage, a real (argon2id or
        //    bcrypt) hasher, an e-mail sender and Clock.systemUTC().
        InMemoryStore store = new InMemoryStore(); // holds the data and is also the Transactions port
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC); // 09:00 in Moscow
        InMemoryPoints points = new InMemoryPoints(store);
        points.save(new Point(new PointId(1), "Main point", "Moscow", "+7 495 000-00-00", Optional.empty()));
        Ordercore core = new Ordercore(new Ordercore.Ports(
                new InMemoryOrders(store), new InMemoryCatalog(store), new InMemoryIds(), store,
                new SimplePhoneNumbers(), clock, new InMemoryAccounts(store), points, new TestPasswordHasher(),
                new InMemoryRevokedTokens(store), new InMemoryAuditLog(store), new InMemoryOutbox(store),
                new RecordingNotificationSender(), new InMemoryCoupons(store), new InMemorySettings(store),
                new Ordercore.Fulfilment(new InMemoryOperators(store), new InMemoryDispatches(store),
                        new InMemoryCallResults(store), new InMemoryReviews(store), new InMemoryEarnings(store)),
                new Ordercore.Finance(new InMemoryPayments(store), new InMemoryLedger(store),
                        new InMemoryIntegrityChecks(store), List.of(), new InMemoryIdempotencyKeys(store)),
                new Ordercore.Partnership(new InMemoryPartners(store), "https://shop.example")));

        // 2. Your product, acting as itself, fills the catalog (a system caller is trusted with everything).
        Caller shop = Caller.system("my-shop");
        Category greetings = core.manageCatalog().createCategory(shop, "Greetings");
        CallType birthday = core.manageCatalog().createCallType(shop, new CallTypeForm(
                greetings.id().value(), "Birthday greeting", 500L, "A warm call", "ANY", List.of(), null));

        // 3. A visitor places an order with the form as typed (every field error would come back at once);
        //    their e-mail is new, so a client account is opened and its password e-mailed.
        PlacedOrder placed = core.placeCallOrder().place(Caller.anonymous(), new CallOrderForm(
                birthday.id().value(), "Ivan Petrov", "ivan@example.com",
                "Maria Ivanova", "8 916 123-45-67", "RU", "Moscow",
                "2026-11-25", "10:00", "12:00",
                null, "Sing happy birthday", false, true, null, null, null));
        Order order = placed.order();

        assertThat(placed.accountCreated()).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(order.price().total()).isEqualTo(Money.roubles(500));
        assertThat(order.details().recipient().phone().e164()).isEqualTo("+79161234567");

        // 4. Seed the first administrator; after sign-in, turn their token's claims into a caller.
        core.manageAccounts().createFirstAdmin("root@example.com", "Root", "a long and private phrase");
        AccountView signedIn = core.signIn().signIn("root@example.com", "a long and private phrase");
        Caller root = core.authenticate().authenticate(
                new TokenClaims(signedIn.id(), signedIn.credentialsVersion(), Optional.empty(), "session-1"));

        // 5. The system reports a fault; the administrator puts the order back in the queue.
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.ERROR, Caller.system("payment-gateway"), "gateway timed out"));
        Order requeued = core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.UNPAID, root, "retry payment"));
        assertThat(requeued.status()).isEqualTo(OrderStatus.UNPAID);

        // 6. Moves the workflow table does not allow are refused with a domain error.
        assertThatThrownBy(() -> core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.COMPLETED, root, null)))
                .isInstanceOf(IllegalTransitionException.class);

        // 7. Cancel it; the history tells the whole story.
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(
                order.id(), OrderStatus.CANCELLED, root, "client changed their mind"));
        Order finalState = core.findOrders().get(root, order.id());
        assertThat(finalState.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(finalState.history()).extracting(OrderHistoryEntry::to).containsExactly(
                OrderStatus.UNPAID, OrderStatus.ERROR, OrderStatus.UNPAID, OrderStatus.CANCELLED);
        assertThat(core.findOrders().list(root, OrderListQuery.all()).items()).hasSize(1);

        // 8. The audit log says who tried what, newest first, refusals included.
        assertThat(core.readAudit().list(root, new AuditQuery(Optional.empty(), Optional.of("order:" + order.id()),
                Optional.empty(), Optional.empty(), 10)))
                .extracting(e -> e.actor().label() + " " + e.action() + " " + e.outcome()).containsExactly(
                        "root@example.com order.status.cancelled OK",
                        "root@example.com order.status.completed REFUSED",
                        "root@example.com order.status.unpaid OK",
                        "system:payment-gateway order.status.error OK",
                        "anonymous order.place OK");
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
