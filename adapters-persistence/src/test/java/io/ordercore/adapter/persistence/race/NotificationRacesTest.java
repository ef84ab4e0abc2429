package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.CoreOnStorage;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.adapter.persistence.testing.TestDatabase;
import io.ordercore.application.port.in.NotificationsUseCase;
import io.ordercore.application.port.in.OutboxMessage;
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
import io.ordercore.domain.account.Language;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Outbox delivery on real PostgreSQL with two "instances" (two contexts, two connection pools)
 * dispatching the same outbox at once: every message is sent exactly once; nothing is lost
 * across a restart; a dispatcher that dies mid-send is taken over when its lease runs out.
 */
class NotificationRacesTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final List<ApplicationContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(ApplicationContext::close);
    }

    private ApplicationContext instance(TestDatabase.Schema schema) {
        ApplicationContext context = StorageContext.on(schema);
        contexts.add(context);
        return context;
    }

    private NotificationsUseCase dispatcher(ApplicationContext c, RecordingNotificationSender sender) {
        return CoreOnStorage.of(c, clock, sender).notifications();
    }

    private static void enqueue(ApplicationContext c, int count, MutableClock clock) {
        c.getBean(Transactions.class).inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                c.getBean(Outbox.class).enqueue(Notification.of(NotificationType.ORDER_PLACED,
                        Email.of("client" + i + "@example.com"), Language.RU, Map.of("orderId", String.valueOf(i))),
                        clock.instant());
            }
        });
    }

    @RepeatedTest(3)
    void twoInstancesDispatchingTogetherSendEachMessageExactlyOnce() throws Exception {
        TestDatabase.Schema schema = TestDatabase.newSchema("outbox_race");
        ApplicationContext a = instance(schema);
        ApplicationContext b = instance(schema);
        enqueue(a, 200, clock);
        RecordingNotificationSender sentByA = new RecordingNotificationSender();
        RecordingNotificationSender sentByB = new RecordingNotificationSender();
        NotificationsUseCase dispatcherA = dispatcher(a, sentByA);
        NotificationsUseCase dispatcherB = dispatcher(b, sentByB);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (NotificationsUseCase d : List.of(dispatcherA, dispatcherB, dispatcherA, dispatcherB)) {
            runs.add(pool.submit(() -> {
                start.await();
                while (d.deliverDue(7).claimed() > 0) {
                    Thread.yield();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<OutboxMessage> all = new ArrayList<>(sentByA.sent());
        all.addAll(sentByB.sent());
        Map<Long, Integer> timesSent = new HashMap<>();
        all.forEach(m -> timesSent.merge(m.id(), 1, Integer::sum));
        assertThat(timesSent).hasSize(200);
        assertThat(timesSent.values()).containsOnly(1);
        assertThat(sentByA.sent()).isNotEmpty();
        assertThat(sentByB.sent()).isNotEmpty();
        assertThat(a.getBean(Outbox.class).list(new io.ordercore.application.port.in.OutboxQuery(
                java.util.Optional.of(OutboxMessage.Status.SENT), java.util.Optional.empty(), java.util.Optional.empty(), 1000)))
                .hasSize(200);
    }

    @Test
    void whatWasQueuedBeforeARestartIsDeliveredAfterIt() {
        TestDatabase.Schema schema = TestDatabase.newSchema("outbox_restart");
        ApplicationContext before = instance(schema);
        enqueue(before, 5, clock);
        before.close();
        contexts.remove(before);

        ApplicationContext after = instance(schema);
        RecordingNotificationSender sender = new RecordingNotificationSender();
        NotificationsUseCase.DeliveryReport report = dispatcher(after, sender).deliverDue(100);

        assertThat(report.sent()).isEqualTo(5);
        assertThat(sender.sent()).extracting(m -> m.notification().params().get("orderId"))
                .containsExactlyInAnyOrder("0", "1", "2", "3", "4");
    }

    @Test
    void aDispatcherThatDiesAfterClaimingIsTakenOverWhenItsLeaseRunsOut() {
        TestDatabase.Schema schema = TestDatabase.newSchema("outbox_lease");
        ApplicationContext a = instance(schema);
        enqueue(a, 3, clock);
        // Instance A claims and dies before sending (its claim is a lease of five minutes).
        a.getBean(Transactions.class).inTransaction(() ->
                a.getBean(Outbox.class).claimDue(clock.instant(), 100, clock.instant().plus(Duration.ofMinutes(5))));
        RecordingNotificationSender sender = new RecordingNotificationSender();
        NotificationsUseCase b = dispatcher(instance(schema), sender);

        assertThat(b.deliverDue(100).claimed()).isZero();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(b.deliverDue(100).sent()).isEqualTo(3);
        assertThat(sender.sent()).hasSize(3);
    }
}
