package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.NotificationsUseCase;
import io.ordercore.application.port.in.NotificationsUseCase.DeliveryReport;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxMessage.Status;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Delivering the outbox: once per message, retries with backoff, giving up, retrying by hand, and secrets. */
class NotificationDeliveryTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final NotificationsUseCase notifications = memory.core.notifications();
    private final Caller.SignedIn admin = memory.admin();
    private ExecutorService pool;

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private long enqueue(String recipient) {
        memory.outbox.enqueue(Notification.of(NotificationType.PASSWORD_CHANGED, Email.of(recipient), Language.EN,
                Map.of("name", "Someone")), clock.instant());
        return memory.outbox.all().get(memory.outbox.all().size() - 1).id();
    }

    private OutboxMessage stored(long id) {
        return memory.outbox.all().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private List<Long> sentIds() {
        return memory.sender.sent().stream().map(OutboxMessage::id).toList();
    }

    @Test
    void each_due_message_is_sent_once_and_marked_sent() {
        long a = enqueue("a@example.com");
        long b = enqueue("b@example.com");
        long c = enqueue("c@example.com");

        DeliveryReport first = notifications.deliverDue(10);
        DeliveryReport second = notifications.deliverDue(10);

        assertThat(first).isEqualTo(new DeliveryReport(3, 3, 0));
        assertThat(second).isEqualTo(new DeliveryReport(0, 0, 0));
        assertThat(sentIds()).containsExactly(a, b, c);
        assertThat(memory.outbox.all()).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(Status.SENT);
            assertThat(m.sentAt()).contains(clock.instant());
            assertThat(m.attempts()).isEqualTo(1);
        });
    }

    @Test
    void a_run_delivers_at_most_the_number_asked_for_oldest_first() {
        long a = enqueue("a@example.com");
        long b = enqueue("b@example.com");
        long c = enqueue("c@example.com");

        assertThat(notifications.deliverDue(2)).isEqualTo(new DeliveryReport(2, 2, 0));
        assertThat(sentIds()).containsExactly(a, b);
        assertThat(stored(c).status()).isEqualTo(Status.PENDING);

        assertThat(notifications.deliverDue(2)).isEqualTo(new DeliveryReport(1, 1, 0));
        assertThat(sentIds()).containsExactly(a, b, c);
    }

    @Test
    void the_sender_gets_the_secret_and_the_outbox_forgets_it_once_sent() {
        memory.core.register().register(new RegistrationForm("new@example.com", "New", "Tundra-Kettle-42", null, null));
        memory.core.manageAccounts().create(admin, new io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm(
                "op@example.com", "Op", "OPERATOR", null, null, null));
        OutboxMessage withSecret = memory.outbox.all().stream()
                .filter(m -> m.notification().secretParams().containsKey("password")).findFirst().orElseThrow();
        String password = withSecret.notification().secretParams().get("password");
        assertThat(notifications.list(admin, new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 100)))
                .as("never listed, even before sending").allSatisfy(m -> assertThat(m.notification().secretParams()).isEmpty());

        notifications.deliverDue(10);

        assertThat(memory.sender.sent()).filteredOn(m -> m.id() == withSecret.id()).singleElement()
                .satisfies(m -> assertThat(m.notification().secretParams()).containsEntry("password", password));
        assertThat(stored(withSecret.id()).status()).isEqualTo(Status.SENT);
        assertThat(stored(withSecret.id()).notification().secretParams()).isEmpty();
        assertThat(stored(withSecret.id()).notification().params()).isEqualTo(withSecret.notification().params());
    }

    @Test
    void a_failed_attempt_is_retried_after_one_minute_then_two_then_four() {
        long id = enqueue("a@example.com");
        memory.sender.failWhen(m -> true);
        Instant start = clock.instant();

        assertThat(notifications.deliverDue(10)).isEqualTo(new DeliveryReport(1, 0, 1));
        assertThat(stored(id).status()).isEqualTo(Status.PENDING);
        assertThat(stored(id).attempts()).isEqualTo(1);
        assertThat(stored(id).nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(stored(id).lastError()).contains("refused by the test");

        clock.advance(Duration.ofSeconds(59));
        assertThat(notifications.deliverDue(10).claimed()).as("not due yet").isZero();

        clock.set(start.plus(Duration.ofMinutes(1)));
        notifications.deliverDue(10);
        assertThat(stored(id).attempts()).isEqualTo(2);
        assertThat(stored(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        notifications.deliverDue(10);
        assertThat(stored(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(4)));

        memory.sender.failWhen(m -> false);
        clock.advance(Duration.ofMinutes(4));
        assertThat(notifications.deliverDue(10)).isEqualTo(new DeliveryReport(1, 1, 0));
        assertThat(stored(id).status()).isEqualTo(Status.SENT);
        assertThat(stored(id).attempts()).isEqualTo(4);
        assertThat(sentIds()).containsExactly(id);
    }

    @ParameterizedTest(name = "failure {0} -> next try in {1} min")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 32", "7, 64"})
    void the_backoff_doubles_with_each_failure(int failure, long minutes) {
        long id = enqueue("a@example.com");
        memory.sender.failWhen(m -> true);
        for (int i = 1; i < failure; i++) {
            notifications.deliverDue(10);
            clock.set(stored(id).nextAttemptAt());
        }

        notifications.deliverDue(10);

        assertThat(stored(id).attempts()).isEqualTo(failure);
        assertThat(stored(id).status()).isEqualTo(Status.PENDING);
        assertThat(Duration.between(clock.instant(), stored(id).nextAttemptAt())).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void the_eighth_failure_gives_up_and_the_message_is_never_claimed_again() {
        long id = enqueue("a@example.com");
        memory.sender.failWhen(m -> true);
        for (int attempt = 1; attempt <= 7; attempt++) {
            notifications.deliverDue(10);
            clock.set(stored(id).nextAttemptAt());
        }
        assertThat(stored(id).status()).isEqualTo(Status.PENDING);

        assertThat(notifications.deliverDue(10)).isEqualTo(new DeliveryReport(1, 0, 1));

        assertThat(stored(id).status()).isEqualTo(Status.FAILED);
        assertThat(stored(id).attempts()).isEqualTo(8);
        memory.sender.failWhen(m -> false);
        clock.advance(Duration.ofDays(30));
        assertThat(notifications.deliverDue(10).claimed()).isZero();
        assertThat(memory.sender.sent()).isEmpty();
    }

    @Test
    void one_failing_message_does_not_hold_up_the_others() {
        long a = enqueue("a@example.com");
        long b = enqueue("broken@example.com");
        long c = enqueue("c@example.com");
        memory.sender.failWhen(m -> m.notification().recipient().value().startsWith("broken"));

        assertThat(notifications.deliverDue(10)).isEqualTo(new DeliveryReport(3, 2, 1));

        assertThat(sentIds()).containsExactly(a, c);
        assertThat(stored(b).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void an_administrator_retries_a_failed_message_which_is_then_sent_once() {
        long id = enqueue("a@example.com");
        memory.sender.failWhen(m -> true);
        for (int attempt = 1; attempt <= 8; attempt++) {
            notifications.deliverDue(10);
            clock.set(stored(id).nextAttemptAt());
        }
        assertThat(stored(id).status()).isEqualTo(Status.FAILED);
        memory.sender.failWhen(m -> false);
        clock.advance(Duration.ofHours(3));

        notifications.retry(admin, id);

        assertThat(stored(id).status()).isEqualTo(Status.PENDING);
        assertThat(stored(id).nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(notifications.deliverDue(10)).isEqualTo(new DeliveryReport(1, 1, 0));
        assertThat(notifications.deliverDue(10).claimed()).isZero();
        assertThat(sentIds()).containsExactly(id);
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("notification.retry");
            assertThat(e.target()).isEqualTo("notification:" + id);
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }

    @Test
    void a_retried_message_gets_one_more_attempt_and_fails_for_good_if_that_fails_too() {
        long id = enqueue("a@example.com");
        memory.sender.failWhen(m -> true);
        for (int attempt = 1; attempt <= 8; attempt++) {
            notifications.deliverDue(10);
            clock.set(stored(id).nextAttemptAt());
        }

        notifications.retry(admin, id);
        assertThat(notifications.deliverDue(10)).isEqualTo(new DeliveryReport(1, 0, 1));

        assertThat(stored(id).status()).isEqualTo(Status.FAILED);
        assertThat(stored(id).attempts()).isEqualTo(9);
    }

    @Test
    void only_a_failed_message_can_be_retried() {
        long sent = enqueue("a@example.com");
        notifications.deliverDue(10);
        long pending = enqueue("b@example.com");

        for (long id : List.of(sent, pending, 999L)) {
            assertThatThrownBy(() -> notifications.retry(admin, id))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        }
        assertThat(stored(sent).status()).isEqualTo(Status.SENT);
        assertThat(stored(pending).status()).isEqualTo(Status.PENDING);
        assertThat(memory.sender.sent()).hasSize(1);
    }

    @Test
    void only_administrators_list_or_retry() {
        long id = enqueue("a@example.com");
        OutboxQuery all = new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 100);

        for (Role role : List.of(Role.SUPERVISOR, Role.SITE_MANAGER, Role.POINT_MANAGER, Role.OPERATOR, Role.CLIENT)) {
            Caller.SignedIn caller = memory.signedIn(role, role.name().toLowerCase() + "@example.com");
            assertThatThrownBy(() -> notifications.list(caller, all)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.retry(caller, id)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> notifications.list(Caller.anonymous(), all)).isInstanceOf(UnauthenticatedException.class);
        assertThat(notifications.list(admin, all)).extracting(OutboxMessage::id).containsExactly(id);
    }

    @Test
    void the_list_is_newest_first_and_filters_by_status_and_recipient() {
        long a = enqueue("a@example.com");
        long b = enqueue("b@example.com");
        notifications.deliverDue(1);
        long c = enqueue("a@example.com");

        assertThat(notifications.list(admin, new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 100)))
                .extracting(OutboxMessage::id).containsExactly(c, b, a);
        assertThat(notifications.list(admin, new OutboxQuery(Optional.of(Status.SENT), Optional.empty(), Optional.empty(), 100)))
                .extracting(OutboxMessage::id).containsExactly(a);
        assertThat(notifications.list(admin, new OutboxQuery(Optional.empty(), Optional.of(" A@example.com"), Optional.empty(), 100)))
                .extracting(OutboxMessage::id).containsExactly(c, a);
        assertThat(notifications.list(admin, new OutboxQuery(Optional.empty(), Optional.empty(), Optional.of(c), 1)))
                .extracting(OutboxMessage::id).containsExactly(b);
    }

    @Test
    void a_claim_left_by_a_dispatcher_that_died_is_taken_again_after_its_lease() {
        long id = enqueue("a@example.com");
        Instant claimedAt = clock.instant();
        memory.outbox.claimDue(claimedAt, 10, claimedAt.plus(NotificationsService.LEASE)); // and then it died

        clock.set(claimedAt.plus(NotificationsService.LEASE).minusSeconds(1));
        assertThat(notifications.deliverDue(10).claimed()).as("still leased").isZero();

        clock.set(claimedAt.plus(NotificationsService.LEASE).plusSeconds(1));
        assertThat(notifications.deliverDue(10)).isEqualTo(new DeliveryReport(1, 1, 0));
        assertThat(sentIds()).containsExactly(id);
    }

    @Test
    void dispatchers_racing_on_one_outbox_send_every_message_exactly_once() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(enqueue("user" + i + "@example.com"));
        }
        pool = Executors.newFixedThreadPool(4);
        Callable<Integer> dispatcher = () -> {
            int sent = 0;
            for (DeliveryReport r = notifications.deliverDue(7); r.claimed() > 0; r = notifications.deliverDue(7)) {
                sent += r.sent();
            }
            return sent;
        };

        List<Future<Integer>> runs = pool.invokeAll(List.of(dispatcher, dispatcher, dispatcher, dispatcher));

        int total = 0;
        for (Future<Integer> run : runs) {
            total += run.get();
        }
        assertThat(total).isEqualTo(200);
        assertThat(sentIds()).hasSize(200).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(memory.outbox.all()).allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.SENT));
    }
}
