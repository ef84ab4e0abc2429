package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in with e-mail and password, and the lock-out after ten wrong passwords in a row. */
class SignInTest {

    private static final String WRONG = "not-the-password";

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private Caller.SignedIn ivan;

    @BeforeEach
    void openAccount() {
        ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");
    }

    private AccountView signIn(String password) {
        return core.signIn().signIn("ivan@example.com", password);
    }

    private UnauthenticatedException refused(String email, String password) {
        UnauthenticatedException e = catchThrowableOfType(UnauthenticatedException.class,
                () -> core.signIn().signIn(email, password));
        assertThat(e).as("sign-in of %s should be refused", email).isNotNull();
        return e;
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            refused("ivan@example.com", WRONG);
        }
    }

    private Account stored() {
        return memory.accounts.find(ivan.id()).orElseThrow();
    }

    @Test
    void the_right_password_returns_the_account() {
        AccountView view = core.signIn().signIn("  IVAN@Example.com ", InMemoryCore.PASSWORD);

        assertThat(view.id()).isEqualTo(ivan.id());
        assertThat(view.email().value()).isEqualTo("ivan@example.com");
        assertThat(view.role()).isEqualTo(Role.CLIENT);
        assertThat(view.credentialsVersion()).isEqualTo(1);
    }

    @Test
    void each_wrong_password_is_counted_and_kept() {
        failTimes(3);

        assertThat(stored().failedSignIns()).isEqualTo(3);
        assertThat(stored().lockedUntil()).isEmpty();
    }

    @Test
    void nine_wrong_passwords_do_not_lock_the_account() {
        failTimes(9);

        assertThat(stored().lockedUntil()).isEmpty();
        assertThat(signIn(InMemoryCore.PASSWORD).id()).isEqualTo(ivan.id());
    }

    @Test
    void the_tenth_wrong_password_in_a_row_locks_the_account_for_fifteen_minutes() {
        Instant lockedAt = clock.instant();
        failTimes(10);

        assertThat(stored().lockedUntil()).contains(lockedAt.plus(Duration.ofMinutes(15)));
        UnauthenticatedException whileLocked = refused("ivan@example.com", InMemoryCore.PASSWORD);
        assertThat(whileLocked.code()).isEqualTo(UnauthenticatedException.INVALID_CREDENTIALS);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        refused("ivan@example.com", InMemoryCore.PASSWORD);

        clock.set(lockedAt.plus(Duration.ofMinutes(15)));
        assertThat(signIn(InMemoryCore.PASSWORD).id()).isEqualTo(ivan.id());
        assertThat(stored().lockedUntil()).isEmpty();
        assertThat(stored().failedSignIns()).isZero();
    }

    @Test
    void the_right_password_resets_the_count_so_only_ten_in_a_row_lock() {
        failTimes(9);
        signIn(InMemoryCore.PASSWORD);
        assertThat(stored().failedSignIns()).isZero();

        failTimes(9);
        assertThat(stored().lockedUntil()).as("nine after the reset").isEmpty();
        failTimes(1);
        assertThat(stored().lockedUntil()).isPresent();
    }

    @Test
    void after_the_lock_runs_out_ten_more_wrong_passwords_lock_it_again() {
        failTimes(10);
        clock.advance(Duration.ofMinutes(15));
        failTimes(9);
        assertThat(signIn(InMemoryCore.PASSWORD).id()).isEqualTo(ivan.id());

        failTimes(10);
        assertThat(stored().lockedUntil()).contains(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void unknown_email_wrong_password_locked_blocked_and_malformed_input_are_refused_alike() {
        memory.signedIn(Role.CLIENT, "blocked@example.com");
        core.manageAccounts().block(memory.admin(),
                memory.accounts.findByEmail(Email.of("blocked@example.com")).orElseThrow().id());
        memory.signedIn(Role.CLIENT, "locked@example.com");
        for (int i = 0; i < 10; i++) {
            refused("locked@example.com", WRONG);
        }

        List<UnauthenticatedException> refusals = new ArrayList<>();
        refusals.add(refused("nobody@example.com", InMemoryCore.PASSWORD));
        refusals.add(refused("ivan@example.com", WRONG));
        refusals.add(refused("locked@example.com", InMemoryCore.PASSWORD));
        refusals.add(refused("blocked@example.com", InMemoryCore.PASSWORD));
        refusals.add(refused("not an e-mail", InMemoryCore.PASSWORD));
        refusals.add(refused(null, InMemoryCore.PASSWORD));
        refusals.add(refused("ivan@example.com", null));
        refusals.add(refused("ivan@example.com", ""));

        assertThat(refusals).extracting(UnauthenticatedException::code).containsOnly(UnauthenticatedException.INVALID_CREDENTIALS);
        assertThat(refusals).extracting(Throwable::getMessage).containsOnly(refusals.get(0).getMessage());
        assertThat(refusals.get(0).getMessage()).doesNotContainIgnoringCase("nobody").doesNotContainIgnoringCase("exist");
    }

    @Test
    void an_unknown_email_is_not_remembered_anywhere_but_the_audit() {
        int accounts = memory.accounts.list(AccountListQuery.all()).size();

        refused("nobody@example.com", WRONG);

        assertThat(memory.accounts.list(AccountListQuery.all())).hasSize(accounts);
        assertThat(memory.audit.all()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("auth.sign-in");
            assertThat(entry.target()).isEqualTo("login:nobody@example.com");
            assertThat(entry.errorCode()).contains(UnauthenticatedException.INVALID_CREDENTIALS);
        });
    }

    @Test
    void a_blocked_account_cannot_sign_in_even_with_the_right_password_until_unblocked() {
        Caller.SignedIn admin = memory.admin();
        core.manageAccounts().block(admin, ivan.id());
        refused("ivan@example.com", InMemoryCore.PASSWORD);

        core.manageAccounts().unblock(admin, ivan.id());
        assertThat(signIn(InMemoryCore.PASSWORD).id()).isEqualTo(ivan.id());
    }

    @Test
    void unblocking_also_lifts_a_lock_out() {
        failTimes(10);

        core.manageAccounts().unblock(memory.admin(), ivan.id());

        assertThat(signIn(InMemoryCore.PASSWORD).id()).isEqualTo(ivan.id());
    }

    @Test
    void a_failed_attempt_of_one_account_does_not_count_against_another() {
        Caller.SignedIn other = memory.signedIn(Role.CLIENT, "other@example.com");
        failTimes(10);

        assertThat(core.signIn().signIn("other@example.com", InMemoryCore.PASSWORD).id()).isEqualTo(other.id());
        assertThat(memory.accounts.find(other.id()).orElseThrow().failedSignIns()).isZero();
    }

    @Test
    void a_password_in_another_case_is_a_wrong_password() {
        assertThatThrownBy(() -> signIn(InMemoryCore.PASSWORD.toUpperCase()))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(stored().failedSignIns()).as("it is simply wrong").isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void attempts_during_a_lock_are_refused_without_extending_it() {
        failTimes(Account.MAX_FAILED_SIGN_INS);
        java.time.Instant lockedUntil = stored().lockedUntil().orElseThrow();

        clock.advance(java.time.Duration.ofMinutes(10));
        failTimes(20);
        refused("ivan@example.com", InMemoryCore.PASSWORD);

        assertThat(stored().lockedUntil()).contains(lockedUntil);
        clock.set(lockedUntil);
        assertThat(signIn(InMemoryCore.PASSWORD).id()).isEqualTo(ivan.id());
    }
}
