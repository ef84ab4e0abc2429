package io.ordercore.application.testing;

import io.ordercore.application.port.out.Dispatches;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Dispatches} over {@link InMemoryStore}, with the SQL adapter's semantics: every write of
 * a task takes a new version from one counter, a claim pushes the due time {@code lease} past now,
 * and the waiting list is ordered by when each order started waiting.
 */
public final class InMemoryDispatches implements Dispatches {

    /** Which operator refused which order. */
    record RefusalKey(OrderId order, AccountId operator) {
    }

    /** A task, and since when its order waits for an operator (empty while it does not). */
    record StoredTask(Task task, Optional<Instant> awaitingSince) {
    }

    private static final Comparator<Task> BY_DUE = Comparator.comparing(Task::dueAt)
            .thenComparingLong(t -> t.order().value());

    private final InMemoryStore store;

    public InMemoryDispatches(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void record(Decision decision) {
        store.locked(s -> s.decisions.add(decision));
    }

    @Override
    public List<Decision> decisions(OrderId order) {
        return store.locked(s -> s.decisions.stream().filter(d -> d.order().equals(order)).toList());
    }

    @Override
    public void refuse(OrderId order, AccountId operator, RefusalKind kind, Instant at) {
        store.locked(s -> s.refusals.putIfAbsent(new RefusalKey(order, operator), kind));
    }

    @Override
    public boolean cancelRefusal(OrderId order, AccountId operator) {
        return store.locked(s -> s.refusals.remove(new RefusalKey(order, operator)) != null);
    }

    @Override
    public Set<AccountId> refusedBy(OrderId order) {
        return store.locked(s -> s.refusals.keySet().stream().filter(k -> k.order().equals(order)).map(RefusalKey::operator)
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public void schedule(OrderId order, Stage stage, Instant dueAt, boolean awaitingOperator, Optional<AccountId> operator) {
        store.locked(s -> {
            StoredTask old = s.tasks.get(order);
            Optional<Instant> since = !awaitingOperator ? Optional.empty()
                    : old != null && old.awaitingSince().isPresent() ? old.awaitingSince() : Optional.of(dueAt);
            s.tasks.put(order, new StoredTask(new Task(order, stage, dueAt, awaitingOperator, operator, ++s.taskVersions),
                    since));
            return null;
        });
    }

    @Override
    public void unschedule(OrderId order) {
        store.locked(s -> s.tasks.remove(order));
    }

    @Override
    public Optional<Task> task(OrderId order) {
        return store.locked(s -> Optional.ofNullable(s.tasks.get(order)).map(StoredTask::task));
    }

    @Override
    public List<Task> claimDue(Instant now, int limit, Duration lease) {
        return store.locked(s -> {
            List<StoredTask> due = s.tasks.values().stream().filter(t -> !t.task().dueAt().isAfter(now))
                    .sorted(Comparator.comparing(StoredTask::task, BY_DUE)).limit(limit).toList();
            List<Task> claimed = new ArrayList<>();
            for (StoredTask stored : due) {
                Task t = stored.task();
                Task leased = new Task(t.order(), t.stage(), now.plus(lease), t.awaitingOperator(), t.operator(),
                        ++s.taskVersions);
                s.tasks.put(t.order(), new StoredTask(leased, stored.awaitingSince()));
                claimed.add(leased);
            }
            return claimed;
        });
    }

    @Override
    public long countAwaitingOperator() {
        return store.locked(s -> s.tasks.values().stream().filter(t -> t.awaitingSince().isPresent()).count());
    }

    @Override
    public List<Task> awaitingOperator(int limit) {
        return store.locked(s -> s.tasks.values().stream().filter(t -> t.awaitingSince().isPresent())
                .sorted(Comparator.comparing((StoredTask t) -> t.awaitingSince().get())
                        .thenComparingLong(t -> t.task().order().value()))
                .limit(limit).map(StoredTask::task).toList());
    }
}
