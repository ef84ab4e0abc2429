package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
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
 * The dispatch algorithm as it was before {@link CandidatePool} (commit 071ce06), kept verbatim
 * (only renamed, with its filters nested) as the reference that {@link DispatchEquivalenceTest}
 * holds {@link DispatchPolicy} to. Do not "improve" it: its whole value is that it is the old code.
 */
final class ReferenceDispatchPolicy {

    /** How many ranked and how many rejected operators a decision lists; the rest are only counted. */
    static final int MAX_EXPLAINED = 50;

    /**
     * Best first: (1) matches the client's preferred gender, (2) more of the order's non-critical
     * talents, (3) higher rating, (4) fewer active orders, (5) least recently assigned (never
     * assigned first of all), (6) lower account id, so that there are never ties.
     */
    static final Comparator<Score> RANKING = (a, b) -> compare(a.preferredGender(), a.talentMatches(),
            a.rating(), a.activeOrders(), a.lastAssignedAt(), a.operator().value(), b);

    private static final Comparator<Candidate> BY_OPERATOR_ID = Comparator.comparingLong(ReferenceDispatchPolicy::id);

    private ReferenceDispatchPolicy() {
    }

    /** Decides who gets {@code request}'s order among {@code candidates}, and records why. */
    static DispatchDecision decide(DispatchRequest request, Collection<Candidate> candidates) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(candidates, "candidates");
        ReferenceHardFilters filters = new ReferenceHardFilters(request);
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

    private static DispatchDecision finish(DispatchRequest request, ReferenceHardFilters filters, PriorityQueue<Score> best,
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

    static final class ReferenceHardFilters {

        private final DispatchRequest request;
        private final boolean[] genderAdmitted;
        private final TalentId[] critical;

        ReferenceHardFilters(DispatchRequest request) {
            this.request = request;
            this.genderAdmitted = admitted(request);
            this.critical = request.criticalTalents().toArray(new TalentId[0]);
        }

        /** Whether the candidate passes every rule. */
        boolean passes(Candidate candidate) {
            Operator operator = candidate.operator();
            // Field reads first; set look-ups last, the talent one (a hash per critical talent) very last.
            return operator.state() == OperatorState.ACTIVE
                    && candidate.activeOrders() < operator.capacity()
                    && genderAdmitted[operator.gender().ordinal()]
                    && operator.worksDuring(request.window())
                    && (request.excluded().isEmpty() || !request.excluded().contains(operator.id()))
                    && holdsAllCritical(operator.talents());
        }

        /** The rejection of a candidate that does not pass: every rule it fails, in enum order, in words. */
        Rejection rejection(Candidate candidate) {
            Operator operator = candidate.operator();
            List<RejectionReason> reasons = new ArrayList<>();
            List<String> details = new ArrayList<>();
            if (operator.state() != OperatorState.ACTIVE) {
                reasons.add(RejectionReason.NOT_ACTIVE);
                details.add("state " + operator.state());
            }
            if (!genderAdmitted[operator.gender().ordinal()]) {
                reasons.add(RejectionReason.GENDER);
                details.add("gender " + operator.gender() + ", required " + request.requiredGender());
            }
            if (!holdsAllCritical(operator.talents())) {
                reasons.add(RejectionReason.MISSING_CRITICAL_TALENT);
                details.add("lacks critical talents " + missingCritical(operator.talents()));
            }
            if (request.excluded().contains(operator.id())) {
                reasons.add(RejectionReason.REFUSED_BEFORE);
                details.add("refused or timed out on this order before");
            }
            if (candidate.activeOrders() >= operator.capacity()) {
                reasons.add(RejectionReason.AT_CAPACITY);
                details.add(candidate.activeOrders() + " of " + operator.capacity() + " active orders");
            }
            if (!operator.worksDuring(request.window())) {
                WorkingHours hours = operator.workingHours().orElseThrow();
                reasons.add(RejectionReason.OUTSIDE_WORKING_HOURS);
                details.add("window " + request.window().start() + "-" + request.window().end()
                        + " outside " + hours.from() + "-" + hours.to());
            }
            return new Rejection(operator.id(), reasons, String.join("; ", details));
        }

        /** Indexed by {@link Gender#ordinal()}, so the hot loop does not compare enum names. */
        private static boolean[] admitted(DispatchRequest request) {
            Gender[] genders = Gender.values();
            boolean[] admitted = new boolean[genders.length];
            for (Gender gender : genders) {
                admitted[gender.ordinal()] = request.requiredGender().admits(gender);
            }
            return admitted;
        }

        private boolean holdsAllCritical(Set<TalentId> talents) {
            for (TalentId talent : critical) {
                if (!talents.contains(talent)) {
                    return false;
                }
            }
            return true;
        }

        /** Sorted by id, so the text does not depend on set iteration order. */
        private List<TalentId> missingCritical(Set<TalentId> talents) {
            List<TalentId> missing = new ArrayList<>();
            for (TalentId talent : critical) {
                if (!talents.contains(talent)) {
                    missing.add(talent);
                }
            }
            missing.sort(Comparator.comparingLong(TalentId::value));
            return missing;
        }
    }
}
