package io.ordercore.domain.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a workflow table: a move from one status to another, who may make it, and, for
 * moves that carry data (a payment, an operator, a call result), what the move requires; such
 * moves are made only by the aggregate method that supplies that data, never by a plain status
 * change.
 */
public record Transition<S extends Enum<S>>(S from, S to, Set<ActorKind> actors, Optional<String> requires) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("a transition needs at least one actor kind");
        }
        // An unmodifiable EnumSet, not Set.copyOf: iteration (and so every message naming the actors)
        // follows the enum order instead of changing from one JVM run to the next.
        actors = Collections.unmodifiableSet(EnumSet.copyOf(actors));
        Objects.requireNonNull(requires, "requires");
    }

    /** Whether a plain status change (no extra data) may make this move. */
    public boolean isPlain() {
        return requires.isEmpty();
    }
}
