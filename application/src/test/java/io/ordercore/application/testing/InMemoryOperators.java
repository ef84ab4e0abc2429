package io.ordercore.application.testing;

import io.ordercore.application.port.out.Operators;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Operators} over {@link InMemoryStore}, with the SQL adapter's semantics: the load is
 * counted from the stored orders, and the store's one lock serialises capacity claims.
 */
public final class InMemoryOperators implements Operators {

    /** A stored profile and when its operator was last proposed an order. */
    record Stored(Operator operator, Optional<Instant> lastAssignedAt) {
    }

    private final InMemoryStore store;

    public InMemoryOperators(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void save(Operator operator) {
        store.locked(s -> {
            Stored old = s.operators.get(operator.id());
            s.operators.put(operator.id(), old == null ? new Stored(operator, Optional.empty())
                    : new Stored(operator.withRating(old.operator().rating()), old.lastAssignedAt()));
            return null;
        });
    }

    @Override
    public Optional<Operator> find(AccountId id) {
        return store.locked(s -> Optional.ofNullable(s.operators.get(id)).map(Stored::operator));
    }

    @Override
    public List<Operator> list(Optional<OperatorState> state, long afterId, int limit) {
        return store.locked(s -> s.operators.values().stream().map(Stored::operator)
                .filter(o -> o.id().value() > afterId)
                .filter(o -> state.map(st -> st == o.state()).orElse(true))
                .limit(limit)
                .toList());
    }

    @Override
    public List<Candidate> candidates() {
        return store.locked(s -> {
            Map<AccountId, Integer> held = held(s);
            return s.operators.values().stream().map(o -> new Candidate(o.operator(),
                    held.getOrDefault(o.operator().id(), 0), o.lastAssignedAt())).toList();
        });
    }

    @Override
    public boolean claimCapacity(AccountId id, Instant at) {
        return store.locked(s -> {
            Stored stored = s.operators.get(id);
            if (stored == null || stored.operator().state() != OperatorState.ACTIVE
                    || held(s).getOrDefault(id, 0) >= stored.operator().capacity()) {
                return false;
            }
            s.operators.put(id, new Stored(stored.operator(), Optional.of(at)));
            return true;
        });
    }

    @Override
    public void addToRating(AccountId id, int delta) {
        store.locked(s -> s.operators.computeIfPresent(id, (k, o) ->
                new Stored(o.operator().withRating(o.operator().rating() + delta), o.lastAssignedAt())));
    }

    @Override
    public int activeOrders(AccountId id) {
        return store.locked(s -> held(s).getOrDefault(id, 0));
    }

    /** Orders held per operator: proposed to them or in progress with them. */
    private static Map<AccountId, Integer> held(InMemoryStore.State s) {
        Map<AccountId, Integer> held = new HashMap<>();
        for (OrderSnapshot o : s.orders.values()) {
            if ((o.status() == OrderStatus.OPERATOR_PROPOSED || o.status() == OrderStatus.IN_PROGRESS) && o.operator().isPresent()) {
                held.merge(o.operator().get(), 1, Integer::sum);
            }
        }
        return held;
    }
}
