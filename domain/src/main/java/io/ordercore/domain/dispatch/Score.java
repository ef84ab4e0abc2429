package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An eligible operator's place in the ranking and the figures that put them there, in the order
 * {@link DispatchPolicy#RANKING} compares them.
 *
 * @param rank            1 = chosen
 * @param preferredGender whether they match the client's preferred gender (false for everyone
 *                        when the client has no preference)
 * @param talentMatches   how many of the order's non-critical talents they hold
 */
public record Score(AccountId operator, int rank, boolean preferredGender, int talentMatches, int rating,
                    int activeOrders, Optional<Instant> lastAssignedAt) {

    public Score {
        Objects.requireNonNull(operator, "operator");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1, was " + rank);
        }
        if (talentMatches < 0 || activeOrders < 0) {
            throw new IllegalArgumentException("talent matches and active orders cannot be negative");
        }
        Objects.requireNonNull(lastAssignedAt, "lastAssignedAt");
    }

    Score ranked(int newRank) {
        return new Score(operator, newRank, preferredGender, talentMatches, rating, activeOrders, lastAssignedAt);
    }
}
