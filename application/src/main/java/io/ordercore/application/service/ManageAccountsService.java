package io.ordercore.application.service;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.PasswordHasher;
import io.ordercore.application.port.out.Points;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.PasswordPolicy;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class ManageAccountsService implements ManageAccountsUseCase {

    private final Accounts accounts;
    private final Points points;
    private final Ids ids;
    private final PasswordHasher hasher;
    private final Notices notices;
    private final AuditTrail audit;
    private final Clock clock;

    ManageAccountsService(Accounts accounts, Points points, Ids ids, PasswordHasher hasher, Notices notices,
                          AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.points = points;
        this.ids = ids;
        this.hasher = hasher;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AccountView create(Caller caller, NewAccountForm form) {
        // Checked inside the audited action, so a refused attempt (a role the caller may not hand out) is recorded.
        String login = "login:" + (form.email() == null ? "" : form.email().trim().toLowerCase(java.util.Locale.ROOT));
        return audit.record(caller, "account.create", a -> "account:" + a.id(),
                login.length() > 260 ? login.substring(0, 260) : login, () -> {
            Permissions.require(caller, Role.ADMIN, Role.SUPERVISOR, Role.POINT_MANAGER);
            Checked checked = checked(form);
            requireMayCreate(caller, checked.role, checked.point);
            String password = checked.password == null ? Credentials.generatePassword() : checked.password;
            Account saved = accounts.save(Account.open(ids.nextAccountId(), checked.email, checked.name, checked.role,
                    checked.point, hasher.hash(password), checked.language, clock.instant()));
            notices.accountCreated(saved, checked.password == null ? password : null);
            return AccountView.of(saved);
        });
    }

    @Override
    public AccountView createFirstAdmin(String email, String name, String password) {
        Caller seeding = Caller.system("first-admin");
        String attempted = "login:" + (email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT));
        return audit.record(seeding, "account.create-first-admin", a -> "account:" + a.id(), attempted, () -> {
            if (accounts.anyWithRole(Role.ADMIN)) {
                throw new AdminExistsException(); // said first: whatever else is wrong, seeding is over
            }
            Checked checked = checked(new NewAccountForm(email, name, Role.ADMIN.name(), null, password, null));
            if (checked.password == null) {
                throw io.ordercore.domain.shared.ValidationException.of("password", "REQUIRED", "is required");
            }
            return AccountView.of(accounts.save(Account.open(ids.nextAccountId(), checked.email, checked.name, Role.ADMIN,
                    Optional.empty(), hasher.hash(checked.password), checked.language, clock.instant())));
        });
    }

    @Override
    public List<AccountView> list(Caller caller, AccountListQuery query) {
        Permissions.require(caller, Role.ADMIN, Role.SUPERVISOR, Role.SITE_MANAGER, Role.POINT_MANAGER);
        AccountListQuery scoped = caller instanceof Caller.SignedIn s && s.role() == Role.POINT_MANAGER
                ? query.inPoint(s.point().orElseThrow(() -> new AccessDeniedException("You manage no point")))
                : query;
        return accounts.list(scoped).stream().map(AccountView::of).toList();
    }

    @Override
    public AccountView get(Caller caller, AccountId id) {
        return AccountView.of(visible(caller, id));
    }

    @Override
    public AccountView setRole(Caller caller, AccountId id, String role, Long pointId) {
        return audit.record(caller, "account.role.set", "account:" + id, () -> {
            Permissions.require(caller, Role.ADMIN);
            Validation v = new Validation();
            Role newRole = v.require("role", role) ? v.check("role", () -> Choices.parse(Role.class, role)) : null;
            Optional<PointId> point = AccountForms.point(v, pointId, points);
            v.throwIfInvalid();
            Account account = accounts.find(id).orElseThrow(() -> new NotFoundException("Account", id));
            account.assign(newRole, point);
            return AccountView.of(accounts.save(account));
        });
    }

    @Override
    public AccountView block(Caller caller, AccountId id) {
        return audit.record(caller, "account.block", "account:" + id, () -> {
            Permissions.require(caller, Role.ADMIN);
            if (caller instanceof Caller.SignedIn s && s.id().equals(id)) {
                throw new AccessDeniedException("You cannot block yourself");
            }
            Account account = accounts.find(id).orElseThrow(() -> new NotFoundException("Account", id));
            account.block();
            return AccountView.of(accounts.save(account));
        });
    }

    @Override
    public AccountView unblock(Caller caller, AccountId id) {
        return audit.record(caller, "account.unblock", "account:" + id, () -> {
            Permissions.require(caller, Role.ADMIN);
            Account account = accounts.find(id).orElseThrow(() -> new NotFoundException("Account", id));
            account.unblock();
            return AccountView.of(accounts.save(account));
        });
    }

    /** The account if the caller may see it, else not found (no existence leak). */
    private Account visible(Caller caller, AccountId id) {
        Permissions.require(caller, Role.ADMIN, Role.SUPERVISOR, Role.SITE_MANAGER, Role.POINT_MANAGER);
        Optional<Account> found = accounts.find(id);
        if (caller instanceof Caller.SignedIn s && s.role() == Role.POINT_MANAGER) {
            found = found.filter(a -> a.point().isPresent() && a.point().equals(s.point()));
        }
        return found.orElseThrow(() -> new NotFoundException("Account", id));
    }

    /** Administrators create any account; supervisors clients and point managers; point managers clients of their point. */
    private static void requireMayCreate(Caller caller, Role role, Optional<PointId> point) {
        if (!(caller instanceof Caller.SignedIn s) || s.role() == Role.ADMIN) {
            return;
        }
        Set<Role> allowed = s.role() == Role.SUPERVISOR ? EnumSet.of(Role.CLIENT, Role.POINT_MANAGER) : EnumSet.of(Role.CLIENT);
        if (!allowed.contains(role)) {
            throw new AccessDeniedException("A " + s.role() + " may not create " + role + " accounts");
        }
        if (s.role() == Role.POINT_MANAGER && !point.equals(s.point())) {
            throw new AccessDeniedException("A point manager creates clients of their own point only");
        }
    }

    private record Checked(Email email, String name, Role role, Optional<PointId> point, String password,
                           Language language) {
    }

    private Checked checked(NewAccountForm form) {
        Validation v = new Validation();
        Email email = v.require("email", form.email()) ? v.check("email", () -> Email.of(form.email())) : null;
        String name = v.check("name", () -> Text.required(form.name(), Account.MAX_NAME));
        Role role = v.require("role", form.role()) ? v.check("role", () -> Choices.parse(Role.class, form.role())) : null;
        Optional<PointId> point = AccountForms.point(v, form.pointId(), points);
        if (role != null && !v.hasErrorFor("pointId")) {
            if (role.belongsToAPoint() && point.isEmpty()) {
                v.reject("pointId", "POINT_REQUIRED", "a " + role + " belongs to exactly one point");
            } else if (!role.belongsToAPoint() && point.isPresent()) {
                v.reject("pointId", "POINT_NOT_ALLOWED", "a " + role + " belongs to no point");
            }
        }
        String password = form.password() == null || form.password().isEmpty() ? null : form.password();
        if (password != null) {
            v.verify(() -> PasswordPolicy.check(password, email));
        }
        Language language = v.checkOptional("language", form.language(), raw -> Choices.parse(Language.class, raw))
                .orElse(Language.RU);
        v.throwIfInvalid();
        return new Checked(email, name, role, point, password, language);
    }
}
