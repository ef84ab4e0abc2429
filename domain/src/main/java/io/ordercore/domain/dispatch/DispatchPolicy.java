package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.OperatorGender;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Runs in one pass over the candidates, either as objects ({@link #decide(DispatchRequest, Collection)})
 * or compiled into a {@link CandidatePool} of flat arrays ({@link #decide(DispatchRequest, CandidatePool)},
 * several times cheaper per decision, for callers that decide more than once over the same
 * candidates). Both keep only the best {@link #MAX_EXPLAINED} scores and the {@link #MAX_EXPLAINED}
 * lowest-id rejections (everyone else is just counted), and only those kept become {@link Score}s
 * and {@link Rejection}s with words; both decide exactly the same.
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

    private DispatchPolicy() {
    }

    /**
     * Decides who gets {@code request}'s order among {@code candidates}, and records why. One pass over
     * the objects; a caller deciding several orders over the same candidates does better to compile
     * them once into a {@link CandidatePool} and call {@link #decide(DispatchRequest, CandidatePool)}.
     */
    public static DispatchDecision decide(DispatchRequest request, Collection<Candidate> candidates) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(candidates, "candidates");
        HardFilters filters = new HardFilters(request);
        TalentId[] wished = request.otherTalents().toArray(new TalentId[0]);
        boolean[] preferred = preferred(request.preferredGender());
        BestScores best = new BestScores();
        LowestIds lowestIds = new LowestIds();
        long keptIdLimit = lowestIds.limit();
        int rankedTotal = 0;
        int rejectedTotal = 0;
        for (Candidate candidate : candidates) {
            Operator operator = candidate.operator();
            long id = operator.id().value();
            if (filters.passes(candidate, operator, id)) {
                rankedTotal++;
                best.offer(candidate, id,
                        BestScores.wishes(preferred[operator.gender().ordinal()], held(wished, operator.talents())),
                        operator.rating(), candidate.activeOrders());
            } else {
                rejectedTotal++;
                if (id <= keptIdLimit) {
                    keptIdLimit = lowestIds.keep(id, candidate);
                }
            }
        }
        return finish(request, filters, best, lowestIds, rankedTotal, rejectedTotal);
    }

    /**
     * Decides who gets {@code request}'s order among the pool's candidates, and records why: the same
     * decision as {@link #decide(DispatchRequest, Collection)} over {@link CandidatePool#candidates()},
     * in one pass over the pool's arrays.
     */
    public static DispatchDecision decide(DispatchRequest request, CandidatePool pool) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(pool, "pool");
        HardFilters filters = new HardFilters(request);
        int n = pool.size;
        long[] ids = pool.ids;
        byte[] group = pool.group;
        int[] hoursFrom = pool.hoursFrom;
        int[] hoursTo = pool.hoursTo;
        long[] talents = pool.talents;
        int[] rating = pool.rating;
        int[] activeOrders = pool.activeOrders;

        // The request in the pool's terms. Which rules pass does not depend on the order they are tried in.
        long[] critical = talentMask(pool, request.criticalTalents(), true);
        int[] groupFails = groupFailures(filters, critical == null);
        int[] criticalWords = nonZeroWords(critical);
        long firstMask = criticalWords.length == 0 ? 0 : critical[criticalWords[0]];
        int firstOffset = criticalWords.length == 0 ? 0 : criticalWords[0] * n;
        long[] wished = talentMask(pool, request.otherTalents(), false);
        int[] wishedWords = nonZeroWords(wished);
        boolean[] preferredGroups = preferredGroups(request.preferredGender());
        int windowStart = filters.windowStart;
        int windowEnd = filters.windowEnd;

        BestScores best = new BestScores();
        LowestIds lowestIds = new LowestIds();
        long keptIdLimit = lowestIds.limit();
        int rankedTotal = 0;
        int rejectedTotal = 0;
        for (int i = 0; i < n; i++) {
            // Non-zero if a cheap rule fails: state, capacity and gender; the hours (a negative difference
            // has its sign bit set; times are seconds of a day, "no hours" ends at Integer.MAX_VALUE, so
            // no difference overflows); the first word of critical talents. Arithmetic rather than && so
            // that the loop has one branch, taken by the few who pass.
            long fails = groupFails[group[i]]
                    | ((windowStart - hoursFrom[i]) >>> 31) | ((hoursTo[i] - windowEnd) >>> 31)
                    | ((talents[firstOffset + i] & firstMask) ^ firstMask);
            if (fails == 0
                    && (criticalWords.length < 2 || holdsAll(talents, n, i, critical, criticalWords))
                    && filters.isNotExcluded(ids[i])) {
                rankedTotal++;
                int matches = 0;
                for (int word : wishedWords) {
                    matches += Long.bitCount(talents[word * n + i] & wished[word]);
                }
                best.offer(pool.candidates[i], ids[i], BestScores.wishes(preferredGroups[group[i]], matches),
                        rating[i], activeOrders[i]);
            } else {
                rejectedTotal++;
                if (ids[i] <= keptIdLimit) {
                    keptIdLimit = lowestIds.keep(ids[i], pool.candidates[i]);
                }
            }
        }
        return finish(request, filters, best, lowestIds, rankedTotal, rejectedTotal);
    }

    /** Only the kept entries become scores and worded rejections. */
    private static DispatchDecision finish(DispatchRequest request, HardFilters filters, BestScores best,
                                           LowestIds lowestIds, int rankedTotal, int rejectedTotal) {
        Score[] ranked = best.ranked();
        Candidate[] refused = lowestIds.sorted();
        Rejection[] rejected = new Rejection[refused.length];
        for (int k = 0; k < refused.length; k++) {
            rejected[k] = filters.rejection(refused[k]);
        }
        Optional<AccountId> chosen = ranked.length == 0 ? Optional.empty() : Optional.of(ranked[0].operator());
        return new DispatchDecision(request.order(), chosen, rankedTotal + rejectedTotal, List.of(ranked),
                rankedTotal, List.of(rejected), rejectedTotal);
    }

    /** {@link #RANKING}: raw figures against a score. */
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
        int byLastAssigned = BestScores.compareLastAssigned(lastAssignedAt, other.lastAssignedAt());
        return byLastAssigned != 0 ? byLastAssigned : Long.compare(id, other.operator().value());
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

    /**
     * The talents as a bitset over the pool's words. A talent no candidate holds has no bit: with
     * {@code allRequired} the result is then null (nobody can hold them all), otherwise it is left out.
     */
    private static long[] talentMask(CandidatePool pool, Set<TalentId> talents, boolean allRequired) {
        long[] mask = new long[pool.words];
        for (TalentId talent : talents) {
            int bit = pool.bitOf(talent);
            if (bit >= 0) {
                mask[bit >>> 6] |= 1L << bit;
            } else if (allRequired) {
                return null;
            }
        }
        return mask;
    }

    private static int[] nonZeroWords(long[] mask) {
        if (mask == null) {
            return new int[0];
        }
        int count = 0;
        for (long word : mask) {
            if (word != 0) {
                count++;
            }
        }
        int[] words = new int[count];
        count = 0;
        for (int w = 0; w < mask.length; w++) {
            if (mask[w] != 0) {
                words[count++] = w;
            }
        }
        return words;
    }

    /** Whether candidate {@code i} holds every critical talent outside the first critical word. */
    private static boolean holdsAll(long[] talents, int n, int i, long[] critical, int[] criticalWords) {
        for (int k = 1; k < criticalWords.length; k++) {
            int word = criticalWords[k];
            if ((talents[word * n + i] & critical[word]) != critical[word]) {
                return false;
            }
        }
        return true;
    }

    /**
     * By {@link CandidatePool#group}: 0 for those who pass the state, capacity and gender rules, 1 for
     * the others; 1 for everyone when {@code nobodyQualifies} (a critical talent nobody in the pool holds).
     */
    private static int[] groupFailures(HardFilters filters, boolean nobodyQualifies) {
        int[] fails = new int[CandidatePool.GROUPS];
        Arrays.fill(fails, 1);
        if (!nobodyQualifies) {
            for (Gender gender : Gender.values()) {
                fails[gender.ordinal() * CandidatePool.GROUPS_PER_GENDER] = filters.admits(gender) ? 0 : 1;
            }
        }
        return fails;
    }

    /** Who earns the preferred-gender bonus, by {@link CandidatePool#group}. */
    private static boolean[] preferredGroups(OperatorGender preference) {
        boolean[] byGender = preferred(preference);
        boolean[] preferred = new boolean[CandidatePool.GROUPS];
        for (int g = 0; g < preferred.length; g++) {
            preferred[g] = byGender[g / CandidatePool.GROUPS_PER_GENDER];
        }
        return preferred;
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
}
