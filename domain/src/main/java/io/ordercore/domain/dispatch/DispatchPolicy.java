package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.OperatorGender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Picks the operator for an order: a pure, deterministic function of the request and the candidates
 * (their order in the collection does not matter).
 *
 * <p>An operator is eligible only if they pass every hard filter: active; of a gender the call type
 * admits; holding every critical talent; not excluded for having refused or timed out on this order;
 * below their capacity; with working hours (if set) covering the call window. Eligible operators are
 * ranked by {@link #RANKING}; rank 1 is chosen. With no eligible operator nobody is chosen and the
 * order waits.
 *
 * <p>Runs in one pass over the candidates and keeps only the best {@link #MAX_EXPLAINED} scores and
 * the {@link #MAX_EXPLAINED} lowest-id rejections (everyone else is just counted), so a large pool
 * of operators costs little more than a scan.
 */
public final class DispatchPolicy {

    /** How many ranked and how many rejected operators a decision lists; the rest are only counted. */
    public static final int MAX_EXPLAINED = 50;

    /**
     * Best first: (1) matches the client's preferred gender, (2) more of the order's non-critical
     * talents, (3) higher rating, (4) fewer active orders, (5) least recently assigned (never
     * assigned first of all), (6) lower account id, so that there are never ties.
     */
    public static final Comparator<Score> RANKING = (a, b) -> compare(a.preferredGender(), a.talentMatches(),
            a.rating(), a.activeOrders(), a.lastAssignedAt(), a.operator().value(), b);

    private static final Comparator<Candidate> BY_OPERATOR_ID = Comparator.comparingLong(DispatchPolicy::id);

    private DispatchPolicy() {
    }

    /** Decides who gets {@code request}'s order among {@code candidates}, and records why. */
    public static DispatchDecision decide(DispatchRequest request, Collection<Candidate> candidates) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(candidates, "candidates");
        HardFilters filters = new HardFilters(request);
        TalentId[] wished = request.otherTalents().toArray(new TalentId[0]);
        boolean[] preferred = preferred(request.preferredGender());
        // Both heaps keep their worst entry at the head, so a newcomer is compared with it alone.
        PriorityQueue<Score> best = new PriorityQueue<>(MAX_EXPLAINED + 1, RANKING.reversed());
        PriorityQueue<Candidate> lowestIds = new PriorityQueue<>(MAX_EXPLAINED + 1, BY_OPERATOR_ID.reversed());
        int rankedTotal = 0;
        int rejectedTotal = 0;
        for (Candidate candidate : candidates) {
            Operator operator = candidate.operator();
            long id = operator.id().value();
            if (!filters.passes(candidate)) {
                rejectedTotal++;
                if (lowestIds.size() < MAX_EXPLAINED || id < id(lowestIds.peek())) {
                    keep(lowestIds, candidate);
                }
                continue;
            }
            rankedTotal++;
            boolean isPreferred = preferred[operator.gender().ordinal()];
            int matches = held(wished, operator.talents());
            // Compare before allocating: most candidates of a large pool never make the top.
            if (best.size() < MAX_EXPLAINED || compare(isPreferred, matches, operator.rating(),
                    candidate.activeOrders(), candidate.lastAssignedAt(), id, best.peek()) < 0) {
                // Rank 1 is a placeholder; real ranks are given once the top is known.
                keep(best, new Score(operator.id(), 1, isPreferred, matches, operator.rating(),
                        candidate.activeOrders(), candidate.lastAssignedAt()));
            }
        }
        return finish(request, filters, best, lowestIds, rankedTotal, rejectedTotal);
    }

    private static DispatchDecision finish(DispatchRequest request, HardFilters filters, PriorityQueue<Score> best,
                                           PriorityQueue<Candidate> lowestIds, int rankedTotal, int rejectedTotal) {
        Score[] top = best.toArray(new Score[0]);
        Arrays.sort(top, RANKING);
        List<Score> ranked = new ArrayList<>(top.length);
        for (int i = 0; i < top.length; i++) {
            ranked.add(top[i].ranked(i + 1));
        }
        Candidate[] refused = lowestIds.toArray(new Candidate[0]);
        Arrays.sort(refused, BY_OPERATOR_ID);
        List<Rejection> rejected = new ArrayList<>(refused.length);
        for (Candidate candidate : refused) {
            rejected.add(filters.rejection(candidate));
        }
        Optional<AccountId> chosen = ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).operator());
        return new DispatchDecision(request.order(), chosen, rankedTotal + rejectedTotal, ranked, rankedTotal,
                rejected, rejectedTotal);
    }

    /** The ranking on raw figures, so a candidate can be compared without building its score. */
    private static int compare(boolean preferred, int talentMatches, int rating, int activeOrders,
                               Optional<Instant> lastAssignedAt, long id, Score other) {
        if (preferred != other.preferredGender()) {
            return preferred ? -1 : 1;
        }
        if (talentMatches != other.talentMatches()) {
            return Integer.compare(other.talentMatches(), talentMatches);
        }
        if (rating != other.rating()) {
            return Integer.compare(other.rating(), rating);
        }
        if (activeOrders != other.activeOrders()) {
            return Integer.compare(activeOrders, other.activeOrders());
        }
        int byLastAssigned = compareLastAssigned(lastAssignedAt, other.lastAssignedAt());
        return byLastAssigned != 0 ? byLastAssigned : Long.compare(id, other.operator().value());
    }

    /**
     * Who earns the preferred-gender bonus, indexed by {@link Gender#ordinal()}: nobody when the
     * client has no preference, as a wish for "any" is no wish.
     */
    private static boolean[] preferred(OperatorGender preference) {
        Gender[] genders = Gender.values();
        boolean[] preferred = new boolean[genders.length];
        for (Gender gender : genders) {
            preferred[gender.ordinal()] = preference != OperatorGender.ANY && preference.admits(gender);
        }
        return preferred;
    }

    /** Never assigned comes first, then the longest ago. */
    private static int compareLastAssigned(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return a.get().compareTo(b.get());
    }

    private static int held(TalentId[] wished, Set<TalentId> talents) {
        int held = 0;
        for (TalentId talent : wished) {
            if (talents.contains(talent)) {
                held++;
            }
        }
        return held;
    }

    private static <T> void keep(PriorityQueue<T> bounded, T entry) {
        bounded.add(entry);
        if (bounded.size() > MAX_EXPLAINED) {
            bounded.poll();
        }
    }

    private static long id(Candidate candidate) {
        return candidate.operator().id().value();
    }
}
