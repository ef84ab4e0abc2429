package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditEntry.Outcome;
import io.ordercore.application.port.in.AuditEntry.Party;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxMessage.Status;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every store of the audit log and the notification outbox must do. */
public abstract class AuditOutboxContract {

    protected abstract PortSet ports();

    private final Instant now = Instant.parse("2026-11-23T06:00:00.123456Z");

    private static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void auditEntriesReadBackNewestFirstWithEveryField() {
        String admin = unique("admin") + "@example.com";
        String target = "order:" + unique("t");
        Party actor = new Party(Optional.of(new AccountId(7)), unique("client") + "@example.com", Optional.of(Role.CLIENT));
        Party impersonator = new Party(Optional.of(new AccountId(3)), admin, Optional.of(Role.SUPERVISOR));
        ports().transactions().inTransaction(() -> {
            ports().auditLog().append(new AuditEntry.Draft(now, actor, Optional.of(impersonator), "order.place", target,
                    Outcome.OK, Optional.empty()));
            ports().auditLog().append(new AuditEntry.Draft(now.plusSeconds(1), actor, Optional.empty(), "order.cancel", target,
                    Outcome.REFUSED, Optional.of("ILLEGAL_TRANSITION")));
        });

        List<AuditEntry> found = ports().auditLog().list(new AuditQuery(Optional.empty(), Optional.of(target),
                Optional.empty(), Optional.empty(), 10));

        assertThat(found).extracting(AuditEntry::action).containsExactly("order.cancel", "order.place");
        AuditEntry placed = found.get(1);
        assertThat(placed.at()).isEqualTo(now);
        assertThat(placed.actor()).isEqualTo(actor);
        assertThat(placed.impersonator()).contains(impersonator);
        assertThat(placed.outcome()).isEqualTo(Outcome.OK);
        assertThat(found.get(0).errorCode()).contains("ILLEGAL_TRANSITION");
        assertThat(found.get(0).id()).isGreaterThan(placed.id());
    }

    @Test
    void auditFiltersByActorOrImpersonatorTargetPrefixTimeAndPage() {
        String who = unique("sup") + "@example.com";
        String kind = unique("thing") + ":";
        Party self = new Party(Optional.empty(), who, Optional.of(Role.SUPERVISOR));
        Party other = new Party(Optional.empty(), unique("x") + "@example.com", Optional.empty());
        ports().transactions().inTransaction(() -> {
            ports().auditLog().append(new AuditEntry.Draft(now, self, Optional.empty(), "a", kind + "1", Outcome.OK, Optional.empty()));
            ports().auditLog().append(new AuditEntry.Draft(now.plusSeconds(60), other, Optional.of(self), "b", kind + "2",
                    Outcome.OK, Optional.empty()));
            ports().auditLog().append(new AuditEntry.Draft(now.plusSeconds(120), other, Optional.empty(), "c", kind + "3",
                    Outcome.OK, Optional.empty()));
        });

        assertThat(actions(new AuditQuery(Optional.of(who.toUpperCase()), Optional.empty(), Optional.empty(), Optional.empty(), 10)))
                .containsExactly("b", "a");
        assertThat(actions(new AuditQuery(Optional.empty(), Optional.of(kind), Optional.empty(), Optional.empty(), 10)))
                .containsExactly("c", "b", "a");
        assertThat(actions(new AuditQuery(Optional.empty(), Optional.of(kind), Optional.of(now.plusSeconds(60)), Optional.empty(), 10)))
                .containsExactly("c", "b");
        List<AuditEntry> firstPage = ports().auditLog().list(new AuditQuery(Optional.empty(), Optional.of(kind), Optional.empty(),
                Optional.empty(), 2));
        assertThat(actions(new AuditQuery(Optional.empty(), Optional.of(kind), Optional.empty(),
                Optional.of(firstPage.get(1).id()), 2))).containsExactly("a");
    }

    private List<String> actions(AuditQuery q) {
        return ports().auditLog().list(q).stream().map(AuditEntry::action).toList();
    }

    private Notification notification(String recipient) {
        return new Notification(NotificationType.ACCOUNT_CREATED, Email.of(recipient), Language.EN,
                Map.of("name", "Anna", "email", recipient), Map.of("password", "s3cret-Pa55word"));
    }

    private List<OutboxMessage> mine(String recipient) {
        return ports().outbox().list(new OutboxQuery(Optional.empty(), Optional.of(recipient), Optional.empty(), 100));
    }

    @Test
    void enqueuedMessagesAreClaimedWithSecretsListedWithoutAndErasedOnceSent() {
        String to = unique("mail") + "@example.com";
        ports().transactions().inTransaction(() -> ports().outbox().enqueue(notification(to), now));

        OutboxMessage listed = mine(to).get(0);
        assertThat(listed.status()).isEqualTo(Status.PENDING);
        assertThat(listed.notification().params()).containsEntry("name", "Anna");
        assertThat(listed.notification().secretParams()).isEmpty();

        List<OutboxMessage> claimed = ports().transactions().inTransaction(() ->
                ports().outbox().claimDue(now.plusSeconds(1), 1000, now.plusSeconds(301)));
        OutboxMessage mineClaimed = claimed.stream().filter(m -> m.id() == listed.id()).findFirst().orElseThrow();
        assertThat(mineClaimed.notification().secretParams()).containsEntry("password", "s3cret-Pa55word");
        assertThat(mineClaimed.status()).isEqualTo(Status.SENDING);
        assertThat(mine(to).get(0).status()).isEqualTo(Status.SENDING);

        ports().transactions().inTransaction(() -> ports().outbox().markSent(listed.id(), now.plusSeconds(2)));
        OutboxMessage sent = mine(to).get(0);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).contains(now.plusSeconds(2));
        List<OutboxMessage> again = ports().transactions().inTransaction(() ->
                ports().outbox().claimDue(now.plus(Duration.ofDays(1)), 1000, now.plus(Duration.ofDays(2))));
        assertThat(again).noneMatch(m -> m.id() == listed.id());
    }

    /**
     * No, one and many parameters (more than one INSERT of the SQL store holds: it writes a message's
     * parameters with one multi-row statement, split only past 1000 rows) all read back exactly.
     */
    @Test
    void messagesWithNoOneOrManyParametersReadBackExactly() {
        Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i < 1203; i++) {
            many.put("p" + i, "value " + i);
        }
        List<Map<String, String>> plains = List.of(Map.of(), Map.of("only", "one"), many, Map.of());
        List<Map<String, String>> secrets = List.of(Map.of(), Map.of(), Map.of("password", "pw", "pin", "1234"),
                Map.of("password", "alone"));
        List<String> recipients = new java.util.ArrayList<>();
        for (int i = 0; i < plains.size(); i++) {
            String to = unique("params" + i) + "@example.com";
            recipients.add(to);
            Notification n = new Notification(NotificationType.ACCOUNT_CREATED, Email.of(to), Language.EN, plains.get(i),
                    secrets.get(i));
            ports().transactions().inTransaction(() -> ports().outbox().enqueue(n, now));
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < plains.size(); i++) {
            OutboxMessage listed = mine(recipients.get(i)).get(0);
            assertThat(listed.notification().params()).isEqualTo(plains.get(i));
            assertThat(listed.notification().secretParams()).isEmpty();
            ids.add(listed.id());
        }
        List<OutboxMessage> claimed = ports().transactions().inTransaction(() ->
                ports().outbox().claimDue(now.plusSeconds(1), 1000, now.plusSeconds(301)));
        for (int i = 0; i < plains.size(); i++) {
            long id = ids.get(i);
            OutboxMessage m = claimed.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
            assertThat(m.notification().params()).isEqualTo(plains.get(i));
            assertThat(m.notification().secretParams()).isEqualTo(secrets.get(i));
        }
    }

    @Test
    void aClaimIsALeaseAndFailuresRetryOrGiveUp() {
        String to = unique("lease") + "@example.com";
        ports().transactions().inTransaction(() -> ports().outbox().enqueue(notification(to), now));
        long id = mine(to).get(0).id();

        ports().transactions().inTransaction(() -> ports().outbox().claimDue(now, 1000, now.plusSeconds(300)));
        assertThat(claimedIds(now.plusSeconds(299))).doesNotContain(id);
        assertThat(claimedIds(now.plusSeconds(301))).contains(id); // the first dispatcher died; its lease ran out

        ports().transactions().inTransaction(() -> ports().outbox().markFailed(id, "smtp down", Optional.of(now.plusSeconds(900))));
        OutboxMessage failed = mine(to).get(0);
        assertThat(failed.status()).isEqualTo(Status.PENDING);
        assertThat(failed.lastError()).contains("smtp down");
        assertThat(failed.nextAttemptAt()).isEqualTo(now.plusSeconds(900));
        assertThat(claimedIds(now.plusSeconds(899))).doesNotContain(id);

        ports().transactions().inTransaction(() -> ports().outbox().markFailed(id, "still down", Optional.empty()));
        assertThat(mine(to).get(0).status()).isEqualTo(Status.FAILED);
        assertThat(claimedIds(now.plus(Duration.ofDays(30)))).doesNotContain(id);

        assertThat(ports().transactions().inTransaction(() -> ports().outbox().retry(id, now.plusSeconds(1000)))).isTrue();
        assertThat(ports().transactions().inTransaction(() -> ports().outbox().retry(id, now.plusSeconds(1000)))).isFalse();
        assertThat(claimedIds(now.plusSeconds(1000))).contains(id);
    }

    private List<Long> claimedIds(Instant at) {
        return ports().transactions().inTransaction(() -> ports().outbox().claimDue(at, 1000, at.plusSeconds(300)))
                .stream().map(OutboxMessage::id).toList();
    }
}
