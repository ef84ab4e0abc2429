package io.ordercore.domain.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A declarative transition table for one kind of subject (call orders now; service requests and
 * SIM activations get tables of their own). The table is the single place that says which status
 * may follow which, and who may make the move; aggregates ask it before every change.
 */
public final class Workflow<S extends Enum<S>> {

    private final String subject;
    private final Class<S> statusType;
    private final Map<S, Map<S, Transition<S>>> table;

    private Workflow(String subject, Class<S> statusType, List<Transition<S>> transitions) {
        this.subject = subject;
        this.statusType = statusType;
        Map<S, Map<S, Transition<S>>> rows = new EnumMap<>(statusType);
        for (S status : statusType.getEnumConstants()) {
            rows.put(status, new EnumMap<>(statusType));
        }
        for (Transition<S> t : transitions) {
            if (rows.get(t.from()).put(t.to(), t) != null) {
                throw new IllegalArgumentException("duplicate transition " + t.from() + " -> " + t.to());
            }
        }
        this.table = rows;
    }

    public static <S extends Enum<S>> Builder<S> builder(String subject, Class<S> statusType) {
        return new Builder<>(subject, statusType);
    }

    /** The row for {@code from -> to}, if the table has one. */
    public Optional<Transition<S>> find(S from, S to) {
        return Optional.ofNullable(table.get(from).get(to));
    }

    /** Every row of the table, in status order. */
    public List<Transition<S>> transitions() {
        List<Transition<S>> all = new ArrayList<>();
        table.values().forEach(row -> all.addAll(row.values()));
        return all;
    }

    /** Statuses reachable from {@code from} in one move by anyone. */
    public Set<S> targets(S from) {
        Set<S> targets = EnumSet.noneOf(statusType);
        targets.addAll(table.get(from).keySet());
        return targets;
    }

    /** A status with no way out. */
    public boolean isTerminal(S status) {
        return table.get(status).isEmpty();
    }

    /**
     * Checks a move and returns its row.
     *
     * @param plain whether the caller is a plain status change, which may not make moves that carry data
     * @throws IllegalTransitionException naming the current status and the attempted move when the
     *     table has no such row, the actor kind is not granted it, or a plain change asks for a move
     *     that needs data
     */
    public Transition<S> check(S from, S to, ActorKind actor, boolean plain) {
        Transition<S> row = table.get(from).get(to);
        if (row == null) {
            throw new IllegalTransitionException(from, to,
                    subject + " in status " + from + " cannot move to " + to + allowedSuffix(from));
        }
        if (!row.actors().contains(actor)) {
            throw new IllegalTransitionException(from, to,
                    subject + " in status " + from + " can be moved to " + to + " only by " + row.actors()
                            + ", not by " + actor);
        }
        if (plain && !row.isPlain()) {
            throw new IllegalTransitionException(from, to,
                    subject + " in status " + from + " moves to " + to + " only with " + row.requires().orElseThrow()
                            + ", not by a plain status change");
        }
        return row;
    }

    private String allowedSuffix(S from) {
        Set<S> targets = targets(from);
        return targets.isEmpty() ? " (" + from + " is final)" : " (allowed: " + targets + ")";
    }

    /** Collects the rows of a table. */
    public static final class Builder<S extends Enum<S>> {
        private final String subject;
        private final Class<S> statusType;
        private final List<Transition<S>> transitions = new ArrayList<>();

        private Builder(String subject, Class<S> statusType) {
            this.subject = subject;
            this.statusType = statusType;
        }

        /** A move a plain status change may make. */
        public Builder<S> allow(S from, S to, ActorKind first, ActorKind... more) {
            transitions.add(new Transition<>(from, to, EnumSet.of(first, more), Optional.empty()));
            return this;
        }

        /** A move only the aggregate method supplying {@code requires} may make. */
        public Builder<S> allowWith(String requires, S from, S to, ActorKind first, ActorKind... more) {
            transitions.add(new Transition<>(from, to, EnumSet.of(first, more), Optional.of(requires)));
            return this;
        }

        public Workflow<S> build() {
            return new Workflow<>(subject, statusType, transitions);
        }
    }
}
