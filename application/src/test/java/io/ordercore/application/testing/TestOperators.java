package io.ordercore.application.testing;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.application.port.in.OperatorView;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Optional;

/** Opens OPERATOR accounts and gives them dispatch profiles. */
public final class TestOperators {

    private final InMemoryCore memory;
    private final Caller admin;

    public TestOperators(InMemoryCore memory, Caller admin) {
        this.memory = memory;
        this.admin = admin;
    }

    /** An ACTIVE operator with capacity 1 and no working hours; returns the signed-in operator. */
    public Caller.SignedIn operator(String email, String gender, long tariffKopecks, Long... talentIds) {
        Caller.SignedIn account = memory.signedIn(Role.OPERATOR, email);
        memory.core.manageOperators().add(admin, new OperatorForm(email, gender, List.of(talentIds), tariffKopecks, null, null));
        return account;
    }

    public OperatorView profile(Caller.SignedIn operator) {
        return memory.core.manageOperators().get(admin, operator.id().value());
    }

    /** Lets the operator hold {@code capacity} orders at once. */
    public OperatorView capacity(Caller.SignedIn operator, int capacity) {
        return memory.core.manageOperators().update(admin, operator.id().value(),
                new OperatorForm(null, null, null, null, capacity, null));
    }

    /** Pauses, freezes or reactivates the operator. */
    public OperatorView state(Caller.SignedIn operator, OperatorState state) {
        return memory.core.manageOperators().setState(admin, operator.id().value(), state);
    }

    /** Why dispatch no longer proposes the order to the operator, if it does not. */
    public Optional<Dispatches.RefusalKind> refusal(OrderId order, Caller.SignedIn operator) {
        return memory.store.locked(s -> Optional.ofNullable(
                s.refusals.get(new InMemoryDispatches.RefusalKey(order, operator.id()))));
    }

    public static AccountId id(Caller.SignedIn operator) {
        return operator.id();
    }
}
