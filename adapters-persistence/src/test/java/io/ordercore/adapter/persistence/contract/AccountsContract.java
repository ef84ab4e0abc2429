package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.EmailTakenException;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every store of accounts, points and revoked tokens must do. */
public abstract class AccountsContract {

    protected abstract PortSet ports();

    private final Instant now = Instant.parse("2026-11-23T06:00:00Z");

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private Account open(String email, Role role, Optional<PointId> point) {
        Account account = Account.open(ports().ids().nextAccountId(), Email.of(email), "Name", role, point, "hash$x",
                Language.EN, now);
        return ports().transactions().inTransaction(() -> ports().accounts().save(account));
    }

    @Test
    void anAccountReadsBackEqualByIdAndByEmail() {
        String email = unique("anna");
        Account saved = open(email, Role.CLIENT, Optional.of(new PointId(1)));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(ports().accounts().find(saved.id()).orElseThrow().snapshot()).isEqualTo(saved.snapshot());
        assertThat(ports().accounts().findByEmail(Email.of(email.toUpperCase())).orElseThrow().id()).isEqualTo(saved.id());
    }

    @Test
    void changesAreStoredAndStaleWritesRefused() {
        Account saved = open(unique("boris"), Role.OPERATOR, Optional.empty());
        Account first = ports().accounts().find(saved.id()).orElseThrow();
        Account second = ports().accounts().find(saved.id()).orElseThrow();
        first.signInFailed(now);
        first.changePassword("hash$new");
        ports().transactions().inTransaction(() -> ports().accounts().save(first));
        second.block();

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> ports().accounts().save(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        Account stored = ports().accounts().find(saved.id()).orElseThrow();
        assertThat(stored.failedSignIns()).isEqualTo(1);
        assertThat(stored.passwordHash()).isEqualTo("hash$new");
        assertThat(stored.credentialsVersion()).isEqualTo(2);
        assertThat(stored.blocked()).isFalse();
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void lockOutTimesSurviveStorage() {
        Account saved = open(unique("vera"), Role.CLIENT, Optional.of(new PointId(1)));
        Account loaded = ports().accounts().find(saved.id()).orElseThrow();
        Instant at = now.plusNanos(123_456_000);
        for (int i = 0; i < Account.MAX_FAILED_SIGN_INS; i++) {
            loaded.signInFailed(at);
        }
        ports().transactions().inTransaction(() -> ports().accounts().save(loaded));

        assertThat(ports().accounts().find(saved.id()).orElseThrow().lockedUntil())
                .contains(at.plus(Account.LOCK_DURATION).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void anEmailIsTakenOnceWhateverItsCase() {
        String email = unique("gleb");
        open(email, Role.CLIENT, Optional.of(new PointId(1)));

        assertThatThrownBy(() -> open(email.toUpperCase(), Role.CLIENT, Optional.of(new PointId(1))))
                .isInstanceOf(EmailTakenException.class);
        Account other = open(unique("gleb2"), Role.CLIENT, Optional.of(new PointId(1)));
        Account renamed = ports().accounts().find(other.id()).orElseThrow();
        renamed.changeEmail(Email.of(email));
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> ports().accounts().save(renamed)))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void theListFiltersByRolePointAndEmailPrefix() {
        String prefix = "list-" + UUID.randomUUID().toString().substring(0, 6);
        Point point = new Point(ports().ids().nextPointId(), "Shop", "Street 1", "+7 1", Optional.empty());
        ports().transactions().inTransaction(() -> ports().points().save(point));
        Account client = open(prefix + "-a@example.com", Role.CLIENT, Optional.of(point.id()));
        Account manager = open(prefix + "-b@example.com", Role.POINT_MANAGER, Optional.of(point.id()));
        open(prefix + "-c@example.com", Role.OPERATOR, Optional.empty());

        AccountListQuery byPrefix = new AccountListQuery(Optional.empty(), Optional.empty(), Optional.of(prefix),
                Optional.empty(), 100);
        assertThat(ports().accounts().list(byPrefix)).hasSize(3);
        assertThat(ports().accounts().list(byPrefix.inPoint(point.id()))).extracting(Account::id)
                .containsExactly(client.id(), manager.id());
        assertThat(ports().accounts().list(new AccountListQuery(Optional.of(Role.POINT_MANAGER), Optional.of(point.id()),
                Optional.empty(), Optional.empty(), 100))).extracting(Account::id).containsExactly(manager.id());
        assertThat(ports().accounts().list(new AccountListQuery(Optional.empty(), Optional.empty(), Optional.of(prefix),
                Optional.of(client.id().value()), 1))).extracting(Account::id).containsExactly(manager.id());
        assertThat(ports().accounts().anyWithRole(Role.POINT_MANAGER)).isTrue();
    }

    @Test
    void pointsAreStoredAndTheDefaultIsTheLowestId() {
        Point point = new Point(ports().ids().nextPointId(), "Branch", "Tverskaya 1", "+7 495 1", Optional.of("Open 9-21"));
        ports().transactions().inTransaction(() -> ports().points().save(point));
        Point renamed = new Point(point.id(), "Branch 2", point.address(), point.contacts(), Optional.empty());
        ports().transactions().inTransaction(() -> ports().points().save(renamed));

        assertThat(ports().points().find(point.id())).contains(renamed);
        assertThat(ports().points().list()).contains(renamed);
        assertThat(ports().points().defaultPoint().orElseThrow().id()).isEqualTo(new PointId(1));
    }

    @Test
    void revokedTokensAreRemembered() {
        String token = UUID.randomUUID().toString();
        assertThat(ports().revokedTokens().isRevoked(token)).isFalse();

        ports().transactions().inTransaction(() -> ports().revokedTokens().revoke(token, Instant.now().plusSeconds(3600)));
        ports().transactions().inTransaction(() -> ports().revokedTokens().revoke(token, Instant.now().plusSeconds(3600)));

        assertThat(ports().revokedTokens().isRevoked(token)).isTrue();
    }
}
