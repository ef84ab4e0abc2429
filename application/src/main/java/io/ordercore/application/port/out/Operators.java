package io.ordercore.application.port.out;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of operator profiles (an OPERATOR account's dispatch data). */
public interface Operators {

    /** Inserts or replaces the profile (the rating is kept as stored: it moves only through {@link #addToRating}). */
    void save(Operator operator);

    Optional<Operator> find(AccountId id);

    /** Profiles in id order, optionally of one state, after the given id (keyset paging). */
    List<Operator> list(Optional<OperatorState> state, long afterId, int limit);

    /**
     * Every operator as dispatch sees it now: the profile, how many orders it holds in
     * OperatorProposed or InProgress, and when it was last proposed one.
     */
    List<Candidate> candidates();

    /**
     * Takes one unit of the operator's capacity for an order being proposed to it, inside the
     * caller's transaction: locks the operator, then checks it is ACTIVE and holds fewer orders than
     * its capacity, and stamps the assignment time. Two concurrent proposals to an operator with
     * one free place: exactly one gets {@code true}. Returns false, changing nothing, otherwise.
     */
    boolean claimCapacity(AccountId id, Instant at);

    /** How many orders the operator holds now (OperatorProposed or InProgress). */
    int activeOrders(AccountId id);

    /** Adds {@code delta} to the operator's rating in one statement (no lost updates). */
    void addToRating(AccountId id, int delta);
}
