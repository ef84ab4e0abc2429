package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import io.ordercore.application.port.in.ManageAccountsUseCase.AdminExistsException;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.EmailTakenException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.PasswordPolicy;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accounts as staff manage them: who may create which accounts, who sees which, and the
 * administrator-only changes. Point managers in these tests manage the main point; "north" is another.
 */
class ManageAccountsTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final ManageAccountsUseCase accounts = memory.core.manageAccounts();
    private final PointId north = memory.newPoint("North");
    private Caller.SignedIn admin;

    @BeforeEach
    void seedAdmin() {
        admin = memory.admin();
    }

    private Caller.SignedIn someone(Role role) {
        return memory.signedIn(role, role.name().toLowerCase() + ".caller@example.com");
    }

    private PointId point(String where) {
        return switch (where) {
            case "main" -> InMemoryCore.MAIN_POINT;
            case "north" -> north;
            default -> null;
        };
    }

    private static NewAccountForm form(String email, Role role, PointId point, String password) {
        return new NewAccountForm(email, "New person", role.name(), point == null ? null : point.value(), password, null);
    }

    private List<AuditEntry> refusals() {
        return memory.audit.all().stream().filter(e -> e.outcome() == AuditEntry.Outcome.REFUSED).toList();
    }

    // --- create: caller role x new role x point

    /** The new accounts each caller role may open; everything else is refused. */
    private static final Map<Role, Set<String>> MAY_CREATE = Map.of(
            Role.ADMIN, Set.of("CLIENT@main", "CLIENT@north", "POINT_MANAGER@main", "POINT_MANAGER@north", "OPERATOR",
                    "SUPERVISOR", "SITE_MANAGER", "ADMIN", "PARTNER"),
            Role.SUPERVISOR, Set.of("CLIENT@main", "CLIENT@north", "POINT_MANAGER@main", "POINT_MANAGER@north"),
            Role.POINT_MANAGER, Set.of("CLIENT@main"),
            Role.SITE_MANAGER, Set.of(),
            Role.OPERATOR, Set.of(),
            Role.CLIENT, Set.of(),
            Role.PARTNER, Set.of());

    private static final List<String> NEW_ACCOUNTS = List.of("CLIENT@main", "CLIENT@north", "POINT_MANAGER@main",
            "POINT_MANAGER@north", "OPERATOR", "SUPERVISOR", "SITE_MANAGER", "ADMIN", "PARTNER");

    static Stream<Arguments> creations() {
        List<Arguments> rows = new ArrayList<>();
        for (Role caller : Role.values()) {
            for (String target : NEW_ACCOUNTS) {
                rows.add(arguments(caller, target, MAY_CREATE.get(caller).contains(target)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} creates {1}: {2}")
    @MethodSource("creations")
    void who_may_create_which_account(Role callerRole, String target, boolean allowed) {
        Caller.SignedIn caller = callerRole == Role.ADMIN ? admin : someone(callerRole);
        String[] parts = target.split("@");
        Role newRole = Role.valueOf(parts[0]);
        NewAccountForm form = form("new@example.com", newRole, parts.length > 1 ? point(parts[1]) : null, null);

        if (allowed) {
            AccountView created = accounts.create(caller, form);
            assertThat(created.role()).isEqualTo(newRole);
            assertThat(created.point()).isEqualTo(java.util.Optional.ofNullable(form.pointId()).map(PointId::new));
            assertThat(memory.accounts.findByEmail(Email.of("new@example.com"))).isPresent();
        } else {
            assertThatThrownBy(() -> accounts.create(caller, form))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
            assertThat(memory.accounts.findByEmail(Email.of("new@example.com"))).isEmpty();
            assertThat(memory.outbox.all()).isEmpty();
            assertThat(refusals()).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("account.create");
                assertThat(e.target()).isEqualTo("login:new@example.com");
                assertThat(e.errorCode()).contains("FORBIDDEN");
                assertThat(e.actor().account()).contains(caller.id());
            });
        }
    }

    @Test
    void visitors_must_sign_in_and_system_code_may_create_anything() {
        assertThatThrownBy(() -> accounts.create(Caller.anonymous(), form("new@example.com", Role.CLIENT, north, null)))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));

        assertThat(accounts.create(Caller.system("cli"), form("new@example.com", Role.SITE_MANAGER, null, null)).role())
                .isEqualTo(Role.SITE_MANAGER);
    }

    // --- create: what is stored and sent

    @Test
    void without_a_password_one_is_generated_and_mailed_as_a_secret() {
        AccountView created = accounts.create(admin, form("new@example.com", Role.OPERATOR, null, null));

        assertThat(memory.outbox.all()).singleElement().satisfies(m -> {
            assertThat(m.notification().type()).isEqualTo(NotificationType.ACCOUNT_CREATED);
            assertThat(m.notification().recipient().value()).isEqualTo("new@example.com");
            assertThat(m.notification().params()).containsEntry("passwordGenerated", "true");
            String password = m.notification().secretParams().get("password");
            assertThat(m.notification().params().values()).noneMatch(v -> v.contains(password));
            assertThatCode(() -> PasswordPolicy.check(password, Email.of("new@example.com"))).doesNotThrowAnyException();
            assertThat(memory.core.signIn().signIn("new@example.com", password).id()).isEqualTo(created.id());
        });
    }

    @Test
    void a_given_password_is_checked_used_and_never_mailed() {
        AccountView created = accounts.create(admin, new NewAccountForm("new@example.com", "New", "CLIENT",
                north.value(), "Tundra-Kettle-42", "EN"));

        assertThat(memory.core.signIn().signIn("new@example.com", "Tundra-Kettle-42").id()).isEqualTo(created.id());
        assertThat(memory.outbox.all()).singleElement().satisfies(m -> {
            assertThat(m.notification().secretParams()).isEmpty();
            assertThat(m.notification().params()).containsEntry("passwordGenerated", "false");
        });
        assertThatThrownBy(() -> accounts.create(admin, form("weak@example.com", Role.OPERATOR, null, "1234567890")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("password", "TOO_COMMON")));
    }

    @Test
    void the_point_must_match_the_role() {
        assertThatThrownBy(() -> accounts.create(admin, form("a@example.com", Role.CLIENT, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("pointId", "POINT_REQUIRED")));
        assertThatThrownBy(() -> accounts.create(admin, form("a@example.com", Role.OPERATOR, north, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("pointId", "POINT_NOT_ALLOWED")));
        assertThatThrownBy(() -> accounts.create(admin, new NewAccountForm("a@example.com", "A", "CLIENT", 404L, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("pointId", "UNKNOWN_POINT")));
        assertThatThrownBy(() -> accounts.create(admin, new NewAccountForm("nope", "", "KING", null, null, "DE")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactlyInAnyOrder(tuple("email", "INVALID_EMAIL"),
                                tuple("name", "REQUIRED"), tuple("role", "INVALID_CHOICE"), tuple("language", "INVALID_CHOICE")));
        assertThat(memory.accounts.list(AccountListQuery.all())).hasSize(1);
    }

    @Test
    void an_email_in_use_is_taken() {
        accounts.create(admin, form("new@example.com", Role.OPERATOR, null, null));

        assertThatThrownBy(() -> accounts.create(admin, form("NEW@example.com", Role.SITE_MANAGER, null, null)))
                .isInstanceOfSatisfying(EmailTakenException.class, e -> assertThat(e.code()).isEqualTo("EMAIL_TAKEN"));
        assertThat(memory.outbox.all()).hasSize(1);
    }

    // --- the first administrator

    @Test
    void the_first_administrator_is_seeded_once_and_only_on_an_empty_installation() {
        InMemoryCore empty = new InMemoryCore(clock);

        AccountView first = empty.core.manageAccounts().createFirstAdmin("root@example.com", "Root", "Tundra-Kettle-42");

        assertThat(first.role()).isEqualTo(Role.ADMIN);
        assertThat(first.point()).isEmpty();
        assertThat(empty.core.signIn().signIn("root@example.com", "Tundra-Kettle-42").id()).isEqualTo(first.id());
        assertThatThrownBy(() -> empty.core.manageAccounts().createFirstAdmin("second@example.com", "Two", "Tundra-Kettle-43"))
                .isInstanceOfSatisfying(AdminExistsException.class, e -> assertThat(e.code()).isEqualTo("ADMIN_EXISTS"));
        assertThat(empty.accounts.findByEmail(Email.of("second@example.com"))).isEmpty();
        assertThat(empty.audit.all()).extracting(AuditEntry::action, AuditEntry::outcome).contains(
                tuple("account.create-first-admin", AuditEntry.Outcome.OK),
                tuple("account.create-first-admin", AuditEntry.Outcome.REFUSED));
    }

    @Test
    void the_first_administrator_needs_a_strong_password_and_no_default_exists() {
        InMemoryCore empty = new InMemoryCore(clock);

        assertThatThrownBy(() -> empty.core.manageAccounts().createFirstAdmin("root@example.com", "Root", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("password", "REQUIRED")));
        assertThatThrownBy(() -> empty.core.manageAccounts().createFirstAdmin("root@example.com", "Root", "adminadmin"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("password", "TOO_COMMON")));
        assertThat(empty.accounts.anyWithRole(Role.ADMIN)).isFalse();
    }

    @Test
    void an_existing_administrator_blocks_seeding_even_when_created_another_way() {
        assertThatThrownBy(() -> accounts.createFirstAdmin("root@example.com", "Root", "Tundra-Kettle-42"))
                .isInstanceOf(AdminExistsException.class);
    }

    // --- list and get

    private void seedPeople() {
        memory.signedIn(Role.CLIENT, "client.main@example.com", InMemoryCore.MAIN_POINT);
        memory.signedIn(Role.CLIENT, "client.north@example.com", north);
        memory.signedIn(Role.POINT_MANAGER, "pm.north@example.com", north);
        memory.signedIn(Role.OPERATOR, "operator@example.com");
    }

    private List<String> listedBy(Caller caller) {
        return accounts.list(caller, AccountListQuery.all()).stream().map(a -> a.email().value()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "SUPERVISOR", "SITE_MANAGER"})
    void staff_above_the_points_see_every_account(Role role) {
        Caller.SignedIn caller = role == Role.ADMIN ? admin : someone(role);
        seedPeople();

        assertThat(listedBy(caller)).hasSize(memory.accounts.list(AccountListQuery.all()).size())
                .contains("client.north@example.com", "operator@example.com", "admin@ordercore.test");
        AccountId northClient = memory.accounts.findByEmail(Email.of("client.north@example.com")).orElseThrow().id();
        assertThat(accounts.get(caller, northClient).email().value()).isEqualTo("client.north@example.com");
    }

    @Test
    void a_point_manager_sees_only_the_accounts_of_their_point() {
        Caller.SignedIn pm = someone(Role.POINT_MANAGER);
        seedPeople();

        assertThat(listedBy(pm)).containsExactlyInAnyOrder("client.main@example.com", "point_manager.caller@example.com");
        assertThat(accounts.list(pm, AccountListQuery.all().inPoint(north))).as("another point asked for: still own")
                .extracting(a -> a.point().orElseThrow()).containsOnly(InMemoryCore.MAIN_POINT);
        for (String outOfSight : List.of("client.north@example.com", "pm.north@example.com", "operator@example.com",
                "admin@ordercore.test")) {
            AccountId id = memory.accounts.findByEmail(Email.of(outOfSight)).orElseThrow().id();
            assertThatThrownBy(() -> accounts.get(pm, id))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).isEqualTo("Account " + id + " not found"));
        }
        assertThatThrownBy(() -> accounts.get(pm, new AccountId(999)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).isEqualTo("Account 999 not found"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OPERATOR", "CLIENT"})
    void operators_and_clients_may_not_read_accounts(Role role) {
        Caller.SignedIn caller = someone(role);

        assertThatThrownBy(() -> accounts.list(caller, AccountListQuery.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.get(caller, caller.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list(Caller.anonymous(), AccountListQuery.all()))
                .isInstanceOf(UnauthenticatedException.class);
    }

    // --- administrator-only changes

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_administrators_change_roles_and_block(Role role) {
        Caller.SignedIn caller = someone(role);
        Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");
        Account before = memory.accounts.find(client.id()).orElseThrow();

        assertThatThrownBy(() -> accounts.setRole(caller, client.id(), "OPERATOR", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.block(caller, client.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.unblock(caller, client.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(memory.accounts.find(client.id()).orElseThrow().snapshot()).isEqualTo(before.snapshot());
        assertThat(refusals()).extracting(AuditEntry::action, e -> e.errorCode().orElseThrow()).containsExactly(
                tuple("account.role.set", "FORBIDDEN"), tuple("account.block", "FORBIDDEN"),
                tuple("account.unblock", "FORBIDDEN"));
    }

    @Test
    void an_administrator_changes_a_role_with_the_point_it_needs() {
        Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");

        AccountView operator = accounts.setRole(admin, client.id(), "operator", null);
        assertThat(operator.role()).isEqualTo(Role.OPERATOR);
        assertThat(operator.point()).isEmpty();
        assertThat(operator.credentialsVersion()).isEqualTo(2);

        AccountView manager = accounts.setRole(admin, client.id(), "POINT_MANAGER", north.value());
        assertThat(manager.point()).contains(north);

        assertThatThrownBy(() -> accounts.setRole(admin, client.id(), "CLIENT", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("pointId", "POINT_REQUIRED")));
        assertThatThrownBy(() -> accounts.setRole(admin, client.id(), "EMPEROR", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("role", "INVALID_CHOICE")));
        assertThatThrownBy(() -> accounts.setRole(admin, new AccountId(999), "OPERATOR", null))
                .isInstanceOf(NotFoundException.class);
        assertThat(memory.accounts.find(client.id()).orElseThrow().role()).isEqualTo(Role.POINT_MANAGER);
    }

    @Test
    void a_blocked_account_cannot_sign_in_until_unblocked() {
        Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");

        assertThat(accounts.block(admin, client.id()).blocked()).isTrue();
        assertThatThrownBy(() -> memory.core.signIn().signIn("client@example.com", InMemoryCore.PASSWORD))
                .isInstanceOf(UnauthenticatedException.class);

        assertThat(accounts.unblock(admin, client.id()).blocked()).isFalse();
        assertThat(memory.core.signIn().signIn("client@example.com", InMemoryCore.PASSWORD).id()).isEqualTo(client.id());
    }

    @Test
    void an_administrator_cannot_block_themself() {
        assertThatThrownBy(() -> accounts.block(admin, admin.id()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));

        assertThat(memory.accounts.find(admin.id()).orElseThrow().blocked()).isFalse();
        assertThat(memory.core.signIn().signIn("admin@ordercore.test", InMemoryCore.PASSWORD).id()).isEqualTo(admin.id());
    }

    @Test
    void an_administrator_may_block_another_administrator() {
        Caller.SignedIn other = memory.signedIn(Role.ADMIN, "root2@example.com");

        assertThat(accounts.block(admin, other.id()).blocked()).isTrue();
    }

    @Test
    void seeding_again_says_an_admin_exists_even_with_a_weak_password() {
        InMemoryCore empty = new InMemoryCore(clock);
        empty.core.manageAccounts().createFirstAdmin("first@example.com", "First", "a-long-Secret-42");

        assertThatThrownBy(() -> empty.core.manageAccounts().createFirstAdmin("second@example.com", "Second", "weak"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ADMIN_EXISTS"));
    }
}
