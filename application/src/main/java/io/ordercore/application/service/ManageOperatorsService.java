package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageOperatorsUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.application.port.in.OperatorView;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Operators;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.Validation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class ManageOperatorsService implements ManageOperatorsUseCase {

    private static final Role[] EDITORS = {Role.ADMIN, Role.SITE_MANAGER};
    private static final Role[] VIEWERS = {Role.ADMIN, Role.SITE_MANAGER, Role.SUPERVISOR};

    private final Operators operators;
    private final Accounts accounts;
    private final Catalog catalog;
    private final AuditTrail audit;

    ManageOperatorsService(Operators operators, Accounts accounts, Catalog catalog, AuditTrail audit) {
        this.operators = operators;
        this.accounts = accounts;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Override
    public OperatorView add(Caller caller, OperatorForm form) {
        return audit.record(caller, "operator.add", v -> "operator:" + v.operator().id().value(), "operator:new", () -> {
            Permissions.require(caller, EDITORS);
            Validation v = new Validation();
            Optional<Account> account = Optional.empty();
            if (v.require("email", form.email())) {
                Email email = v.check("email", () -> Email.of(form.email()));
                account = email == null ? Optional.empty() : accounts.findByEmail(email);
                if (email != null && account.isEmpty()) {
                    v.reject("email", "UNKNOWN_ACCOUNT", "no account has this e-mail; create it with the role OPERATOR first");
                }
            }
            Gender gender = v.require("gender", form.gender()) ? v.check("gender", () -> Choices.parse(Gender.class, form.gender()))
                    : null;
            Set<TalentId> talents = talents(v, form.talentIds());
            Money tariff = v.require("tariffKopecks", form.tariffKopecks()) ? tariff(v, form.tariffKopecks()) : null;
            Optional<WorkingHours> hours = v.checkOptional("workingHours", form.workingHours(), WorkingHours::parse);
            int capacity = form.capacity() == null ? Operator.DEFAULT_CAPACITY : form.capacity();
            v.throwIfInvalid();
            Account a = account.orElseThrow();
            if (a.role() != Role.OPERATOR) {
                throw new RefusedException("NOT_AN_OPERATOR", a.email() + " has the role " + a.role() + ", not OPERATOR");
            }
            if (operators.find(a.id()).isPresent()) {
                throw new RefusedException("OPERATOR_EXISTS", a.email() + " is an operator already");
            }
            // The profile checks capacity itself and names the field.
            Operator operator = new Operator(a.id(), a.name(), gender, talents, tariff, 0, OperatorState.ACTIVE, capacity, hours);
            operators.save(operator);
            return view(operator);
        });
    }

    @Override
    public OperatorView update(Caller caller, long operatorId, OperatorForm form) {
        return audit.record(caller, "operator.update", "operator:" + operatorId, () -> {
            Permissions.require(caller, EDITORS);
            Operator current = load(operatorId);
            Validation v = new Validation();
            Gender gender = form.gender() == null ? current.gender() : v.check("gender", () -> Choices.parse(Gender.class, form.gender()));
            Set<TalentId> talents = form.talentIds() == null ? current.talents() : talents(v, form.talentIds());
            Money tariff = form.tariffKopecks() == null ? current.tariff() : tariff(v, form.tariffKopecks());
            Optional<WorkingHours> hours = form.workingHours() == null ? current.workingHours()
                    : v.checkOptional("workingHours", form.workingHours(), WorkingHours::parse);
            int capacity = form.capacity() == null ? current.capacity() : form.capacity();
            v.throwIfInvalid();
            Operator updated = new Operator(current.id(), current.name(), gender, talents, tariff, current.rating(),
                    current.state(), capacity, hours);
            operators.save(updated);
            return view(updated);
        });
    }

    @Override
    public OperatorView setState(Caller caller, long operatorId, OperatorState state) {
        return audit.record(caller, "operator." + state.name().toLowerCase(java.util.Locale.ROOT), "operator:" + operatorId, () -> {
            Permissions.require(caller, EDITORS);
            Operator current = load(operatorId);
            if (current.state() == OperatorState.FROZEN && state != OperatorState.FROZEN) {
                Permissions.require(caller, Role.ADMIN); // a freeze is lifted by an administrator only
            }
            Operator updated = current.withState(state);
            operators.save(updated);
            return view(updated);
        });
    }

    @Override
    public OperatorView get(Caller caller, long operatorId) {
        Permissions.require(caller, VIEWERS);
        return view(load(operatorId));
    }

    @Override
    public List<OperatorView> list(Caller caller, Optional<OperatorState> state, long afterId, int limit) {
        Permissions.require(caller, VIEWERS);
        Map<AccountId, Integer> active = operators.candidates().stream()
                .collect(Collectors.toMap(c -> c.operator().id(), Candidate::activeOrders));
        return operators.list(state, afterId, Math.max(1, Math.min(limit, 1000))).stream()
                .map(o -> new OperatorView(o, email(o.id()), active.getOrDefault(o.id(), 0))).toList();
    }

    private Operator load(long operatorId) {
        return operators.find(KnownIds.account("Operator", operatorId))
                .orElseThrow(() -> new NotFoundException("Operator", operatorId));
    }

    private OperatorView view(Operator o) {
        return new OperatorView(o, email(o.id()), operators.activeOrders(o.id()));
    }

    private Email email(AccountId id) {
        return accounts.find(id).map(Account::email).orElseThrow(() -> new NotFoundException("Account", id.value()));
    }

    private Set<TalentId> talents(Validation v, List<Long> ids) {
        if (ids == null) {
            return Set.of();
        }
        Set<TalentId> talents = new LinkedHashSet<>();
        Map<TalentId, Boolean> known = catalog.talents().stream()
                .collect(Collectors.toMap(t -> t.id(), t -> true, (a, b) -> a));
        for (Long id : ids) {
            if (id == null || id <= 0 || !known.containsKey(new TalentId(id))) {
                v.reject("talentIds", "UNKNOWN_TALENT", "no talent has the id " + id);
            } else {
                talents.add(new TalentId(id));
            }
        }
        return talents;
    }

    private static Money tariff(Validation v, long kopecks) {
        if (kopecks < 0) {
            v.reject("tariffKopecks", "NEGATIVE", "must be 0 or more");
            return null;
        }
        return Money.kopecks(kopecks);
    }
}
