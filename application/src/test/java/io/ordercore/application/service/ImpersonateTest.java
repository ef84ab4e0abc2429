package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuthenticateUseCase.TokenClaims;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ImpersonateUseCase;
import io.ordercore.application.port.in.ImpersonateUseCase.Impersonation;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A supervisor or administrator acting as someone else: who may, as whom, and how it is recorded. */
class ImpersonateTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final ImpersonateUseCase impersonate = core.impersonate();
    private final Caller.SignedIn admin = memory.admin();
    private Caller.SignedIn supervisor;
    private Caller.SignedIn client;

    @BeforeEach
    void openAccounts() {
        supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");
        client = memory.signedIn(Role.CLIENT, "ivan@example.com");
    }

    /** The caller the next request would be, with the token the adapter issues for an impersonation. */
    private Caller.SignedIn actingAs(Impersonation impersonation) {
        return core.authenticate().authenticate(new TokenClaims(impersonation.target().id(),
                impersonation.target().credentialsVersion(), Optional.of(impersonation.impersonator().id()), "imp-token"));
    }

    private void assertForbidden(Caller caller, AccountId target) {
        assertThatThrownBy(() -> impersonate.impersonate(caller, target))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void a_supervisor_acts_as_a_client_and_the_token_carries_both() {
        Impersonation impersonation = impersonate.impersonate(supervisor, client.id());

        assertThat(impersonation.target().id()).isEqualTo(client.id());
        assertThat(impersonation.impersonator()).isEqualTo(
                new Caller.Impersonator(supervisor.id(), supervisor.email(), Role.SUPERVISOR));
        Caller.SignedIn acting = actingAs(impersonation);
        assertThat(acting.id()).isEqualTo(client.id());
        assertThat(acting.role()).isEqualTo(Role.CLIENT);
        assertThat(acting.impersonator()).contains(impersonation.impersonator());
    }

    @Test
    void starting_an_impersonation_is_audited_on_the_target() {
        impersonate.impersonate(supervisor, client.id());

        assertThat(memory.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("auth.impersonate");
            assertThat(e.target()).isEqualTo("account:" + client.id());
            assertThat(e.actor().account()).contains(supervisor.id());
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLIENT", "OPERATOR", "POINT_MANAGER", "SUPERVISOR", "SITE_MANAGER"})
    void an_administrator_may_act_as_anyone_but_an_administrator(Role role) {
        Caller.SignedIn target = memory.signedIn(role, "target@example.com");

        assertThat(impersonate.impersonate(admin, target.id()).target().role()).isEqualTo(role);
    }

    @Test
    void nobody_may_act_as_an_administrator() {
        Caller.SignedIn otherAdmin = memory.signedIn(Role.ADMIN, "root2@example.com");

        assertForbidden(supervisor, admin.id());
        assertForbidden(admin, otherAdmin.id());
        assertThat(memory.audit.all()).extracting(e -> e.errorCode().orElseThrow()).containsExactly("FORBIDDEN", "FORBIDDEN");
        assertThat(memory.audit.all()).extracting(AuditEntry::target)
                .containsExactly("account:" + admin.id(), "account:" + otherAdmin.id());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLIENT", "OPERATOR", "POINT_MANAGER", "SITE_MANAGER"})
    void only_supervisors_and_administrators_may_act_as_others(Role role) {
        Caller.SignedIn caller = memory.signedIn(role, "caller@example.com");

        assertForbidden(caller, client.id());
        assertThat(memory.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
            assertThat(e.actor().role()).contains(role);
        });
    }

    @Test
    void impersonations_do_not_nest() {
        Caller.SignedIn otherSupervisor = memory.signedIn(Role.SUPERVISOR, "boss2@example.com");
        Caller.SignedIn actingAsSupervisor = actingAs(impersonate.impersonate(admin, otherSupervisor.id()));

        assertThat(actingAsSupervisor.role()).isEqualTo(Role.SUPERVISOR);
        assertForbidden(actingAsSupervisor, client.id());
    }

    @Test
    void acting_as_oneself_or_an_unknown_account_is_refused() {
        assertForbidden(supervisor, supervisor.id());
        assertThatThrownBy(() -> impersonate.impersonate(supervisor, new AccountId(999)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void visitors_and_system_code_cannot_impersonate() {
        assertThatThrownBy(() -> impersonate.impersonate(Caller.anonymous(), client.id()))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));
        assertForbidden(Caller.system("cli"), client.id());
    }

    @Test
    void what_is_done_while_acting_as_someone_is_recorded_with_both_identities() {
        long callType = new TestCatalog(core.manageCatalog()).birthdayGreeting().id().value();
        Caller.SignedIn acting = actingAs(impersonate.impersonate(supervisor, client.id()));

        Order order = core.placeCallOrder().place(acting, aForm(callType).build()).order();

        assertThat(order.owner()).contains(client.id());
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("order.place");
            assertThat(e.target()).isEqualTo("order:" + order.id());
            assertThat(e.actor().account()).contains(client.id());
            assertThat(e.actor().label()).isEqualTo("ivan@example.com");
            assertThat(e.impersonator()).hasValueSatisfying(i -> {
                assertThat(i.account()).contains(supervisor.id());
                assertThat(i.label()).isEqualTo("boss@example.com");
                assertThat(i.role()).contains(Role.SUPERVISOR);
            });
        });
    }

    @Test
    void an_impersonated_client_has_the_clients_rights_not_the_supervisors() {
        Caller.SignedIn acting = actingAs(impersonate.impersonate(supervisor, client.id()));

        assertThatThrownBy(() -> core.managePoints().create(acting,
                new io.ordercore.application.port.in.ManagePointsUseCase.PointForm("X", "Y", "Z", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
            assertThat(e.impersonator()).hasValueSatisfying(i -> assertThat(i.account()).contains(supervisor.id()));
        });
        assertThat(memory.points.list()).hasSize(1);
    }

    @Test
    void the_audit_can_be_searched_by_the_real_person_behind_an_impersonation() {
        Caller.SignedIn acting = actingAs(impersonate.impersonate(supervisor, client.id()));
        core.cabinet().changeEmail(acting, "ivan.new@example.com", InMemoryCore.PASSWORD);

        List<AuditEntry> bySupervisor = core.readAudit().list(admin, new io.ordercore.application.port.in.AuditQuery(
                Optional.of("BOSS@example.com"), Optional.empty(), Optional.empty(), Optional.empty(), 100));

        assertThat(bySupervisor).extracting(AuditEntry::action).containsExactly("account.email.change", "auth.impersonate");
    }
}
