package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuthenticateUseCase.TokenClaims;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token claims back to a caller, every way a token stops standing, and signing out. */
class AuthenticateTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private Caller.SignedIn ivan;

    @BeforeEach
    void openAccount() {
        ivan = memory.signedIn(Role.CLIENT, "ivan@example.com");
    }

    /** What the web adapter would put in a token issued now for the account. */
    private TokenClaims claimsOf(AccountId id, String tokenId) {
        int version = memory.accounts.find(id).orElseThrow().credentialsVersion();
        return new TokenClaims(id, version, Optional.empty(), tokenId);
    }

    private TokenClaims impersonating(AccountId target, AccountId impersonator, String tokenId) {
        int version = memory.accounts.find(target).orElseThrow().credentialsVersion();
        return new TokenClaims(target, version, Optional.of(impersonator), tokenId);
    }

    private void assertInvalid(TokenClaims claims) {
        assertThatThrownBy(() -> core.authenticate().authenticate(claims))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.INVALID_TOKEN));
    }

    @Test
    void standing_claims_give_the_account_as_caller() {
        Caller.SignedIn caller = core.authenticate().authenticate(claimsOf(ivan.id(), "t1"));

        assertThat(caller).isEqualTo(ivan);
        assertThat(caller.point()).contains(InMemoryCore.MAIN_POINT);
        assertThat(caller.impersonator()).isEmpty();
    }

    @Test
    void the_caller_reflects_the_account_as_stored_now() {
        TokenClaims issued = claimsOf(ivan.id(), "t1");
        core.cabinet().changeEmail(ivan, "ivan.new@example.com", InMemoryCore.PASSWORD);

        assertThat(core.authenticate().authenticate(issued).email().value())
                .as("an e-mail change keeps sessions").isEqualTo("ivan.new@example.com");
    }

    @Test
    void claims_of_an_unknown_account_are_refused() {
        assertInvalid(new TokenClaims(new AccountId(999), 1, Optional.empty(), "t1"));
    }

    @Test
    void claims_with_another_credentials_version_are_refused() {
        assertInvalid(new TokenClaims(ivan.id(), 2, Optional.empty(), "t1"));
        assertInvalid(new TokenClaims(ivan.id(), 0, Optional.empty(), "t1"));
    }

    @Test
    void a_password_change_ends_every_older_session_but_not_the_new_ones() {
        TokenClaims before = claimsOf(ivan.id(), "before");

        AccountView changed = core.cabinet().changePassword(ivan, InMemoryCore.PASSWORD, "a-new-and-long-phrase");

        assertThat(changed.credentialsVersion()).isEqualTo(before.credentialsVersion() + 1);
        assertInvalid(before);
        assertThat(core.authenticate().authenticate(claimsOf(ivan.id(), "after")).id()).isEqualTo(ivan.id());
    }

    @Test
    void blocking_ends_every_session_and_unblocking_does_not_bring_them_back() {
        TokenClaims before = claimsOf(ivan.id(), "before");

        core.manageAccounts().block(admin, ivan.id());
        assertInvalid(before);
        assertInvalid(claimsOf(ivan.id(), "while-blocked"));

        core.manageAccounts().unblock(admin, ivan.id());
        assertInvalid(before);
        assertThat(core.authenticate().authenticate(claimsOf(ivan.id(), "after")).id()).isEqualTo(ivan.id());
    }

    @Test
    void a_role_change_ends_the_sessions_that_carry_the_old_role() {
        TokenClaims before = claimsOf(ivan.id(), "before");

        core.manageAccounts().setRole(admin, ivan.id(), "OPERATOR", null);

        assertInvalid(before);
        assertThat(core.authenticate().authenticate(claimsOf(ivan.id(), "after")).role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void a_lock_out_after_wrong_passwords_does_not_end_running_sessions() {
        TokenClaims running = claimsOf(ivan.id(), "running");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> core.signIn().signIn("ivan@example.com", "guessing-attacker"))
                    .isInstanceOf(UnauthenticatedException.class);
        }

        assertThat(memory.accounts.find(ivan.id()).orElseThrow().lockedUntil()).isPresent();
        assertThat(core.authenticate().authenticate(running).id()).isEqualTo(ivan.id());
    }

    @Test
    void signing_out_refuses_that_token_only() {
        TokenClaims phone = claimsOf(ivan.id(), "phone");
        TokenClaims laptop = claimsOf(ivan.id(), "laptop");
        Instant expires = clock.instant().plus(Duration.ofHours(1));

        core.signOut().signOut(ivan, "phone", expires);

        assertInvalid(phone);
        assertThat(core.authenticate().authenticate(laptop).id()).isEqualTo(ivan.id());
        assertThat(memory.revokedTokens.isRevoked("phone")).isTrue();
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("auth.sign-out");
            assertThat(e.target()).isEqualTo("account:" + ivan.id());
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }

    @Test
    void a_visitor_cannot_sign_out() {
        assertThatThrownBy(() -> core.signOut().signOut(Caller.anonymous(), "t1", clock.instant()))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));
        assertThat(memory.revokedTokens.isRevoked("t1")).isFalse();
    }

    // --- impersonation tokens

    @Test
    void impersonation_claims_carry_both_identities() {
        Caller.SignedIn supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");

        Caller.SignedIn caller = core.authenticate().authenticate(impersonating(ivan.id(), supervisor.id(), "imp"));

        assertThat(caller.id()).isEqualTo(ivan.id());
        assertThat(caller.role()).isEqualTo(Role.CLIENT);
        assertThat(caller.impersonator()).hasValueSatisfying(i -> {
            assertThat(i.id()).isEqualTo(supervisor.id());
            assertThat(i.email().value()).isEqualTo("boss@example.com");
            assertThat(i.role()).isEqualTo(Role.SUPERVISOR);
        });
    }

    @Test
    void an_impersonator_who_is_no_longer_supervisor_or_admin_loses_the_session() {
        Caller.SignedIn supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");
        TokenClaims claims = impersonating(ivan.id(), supervisor.id(), "imp");

        core.manageAccounts().setRole(admin, supervisor.id(), "SITE_MANAGER", null);

        assertInvalid(claims);
    }

    @Test
    void a_blocked_or_unknown_impersonator_loses_the_session() {
        Caller.SignedIn supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");
        TokenClaims claims = impersonating(ivan.id(), supervisor.id(), "imp");

        assertInvalid(impersonating(ivan.id(), new AccountId(999), "ghost"));
        core.manageAccounts().block(admin, supervisor.id());
        assertInvalid(claims);
    }

    @Test
    void an_administrator_may_impersonate_but_nobody_may_be_an_administrator_through_a_token() {
        Caller.SignedIn otherAdmin = memory.signedIn(Role.ADMIN, "root2@example.com");

        assertThat(core.authenticate().authenticate(impersonating(ivan.id(), admin.id(), "ok")).impersonator())
                .hasValueSatisfying(i -> assertThat(i.role()).isEqualTo(Role.ADMIN));
        assertInvalid(impersonating(otherAdmin.id(), admin.id(), "as-admin"));
    }

    @Test
    void an_impersonation_token_dies_with_the_targets_credentials_too() {
        Caller.SignedIn supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");
        TokenClaims claims = impersonating(ivan.id(), supervisor.id(), "imp");

        core.cabinet().changePassword(ivan, InMemoryCore.PASSWORD, "a-new-and-long-phrase");

        assertInvalid(claims);
    }
}
