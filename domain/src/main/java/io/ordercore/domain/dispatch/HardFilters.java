package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
import io.ordercore.domain.shared.Gender;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hard dispatch rules for one request, one per {@link RejectionReason}, with the request worked
 * out once into the terms the hot loops compare (seconds of the day, sorted ids). {@link #passes}
 * runs for every candidate of a collection (a {@link CandidatePool} is judged by
 * {@link DispatchPolicy} on its arrays), so it stops at the first failure and tries the cheapest rules
 * first; every failed rule and its words are worked out, by {@link #rejection}, only for the
 * rejections that are kept.
 */
final class HardFilters {

    private static final int REASONS = RejectionReason.values().length;

    private final DispatchRequest request;
    private final boolean[] genderAdmitted;
    private final TalentId[] critical;
    /** The same, by id: the order they are named in when missing, so the words do not depend on set order. */
    private final TalentId[] criticalById;
    /** The call window in seconds of the day: both ends are whole minutes, as are working hours. */
    final int windowStart;
    final int windowEnd;
    /** The excluded account ids, sorted. */
    final long[] excluded;

    HardFilters(DispatchRequest request) {
        this.request = request;
        this.genderAdmitted = admitted(request);
        this.critical = request.criticalTalents().toArray(new TalentId[0]);
        this.criticalById = critical.clone();
        Arrays.sort(criticalById, Comparator.comparingLong(TalentId::value));
        this.windowStart = request.window().start().toSecondOfDay();
        this.windowEnd = request.window().end().toSecondOfDay();
        long[] ids = new long[request.excluded().size()];
        int k = 0;
        for (AccountId id : request.excluded()) {
            ids[k++] = id.value();
        }
        Arrays.sort(ids);
        this.excluded = ids;
    }

    /**
     * Whether the candidate, whose operator and account id the caller has already read, passes every
     * rule. The order does not change the answer, only the cost: fields of the candidate and the
     * operator first, then the working hours (one more object for some), the critical talents (a
     * hash per talent), and the excluded ids, rarely needed, last.
     */
    boolean passes(Candidate candidate, Operator operator, long id) {
        if (operator.state() != OperatorState.ACTIVE || candidate.activeOrders() >= operator.capacity()
                || !genderAdmitted[operator.gender().ordinal()]) {
            return false;
        }
        Optional<WorkingHours> hours = operator.workingHours();
        if (hours.isPresent() && !covers(hours.get())) {
            return false;
        }
        return holdsAllCritical(operator.talents()) && isNotExcluded(id);
    }

    /** Whether the call type admits an operator of this gender. */
    boolean admits(Gender gender) {
        return genderAdmitted[gender.ordinal()];
    }

    boolean isNotExcluded(long id) {
        return excluded.length == 0 || Arrays.binarySearch(excluded, id) < 0;
    }

    private boolean covers(WorkingHours hours) {
        return hours.from().toSecondOfDay() <= windowStart && hours.to().toSecondOfDay() >= windowEnd;
    }

    /**
     * The rejection of a candidate that does not pass: every rule it fails, in enum order, in words.
     * Runs only for the rejections that are kept, and builds the words in one buffer.
     */
    Rejection rejection(Candidate candidate) {
        Operator operator = candidate.operator();
        RejectionReason[] reasons = new RejectionReason[REASONS];
        int count = 0;
        StringBuilder detail = new StringBuilder(80);
        if (operator.state() != OperatorState.ACTIVE) {
            reasons[count++] = RejectionReason.NOT_ACTIVE;
            detail.append("state ").append(operator.state());
        }
        if (!genderAdmitted[operator.gender().ordinal()]) {
            reasons[count++] = RejectionReason.GENDER;
            separate(detail).append("gender ").append(operator.gender()).append(", required ")
                    .append(request.requiredGender());
        }
        Set<TalentId> talents = operator.talents();
        if (!holdsAllCritical(talents)) {
            reasons[count++] = RejectionReason.MISSING_CRITICAL_TALENT;
            // In id order, as a list prints: "[3, 7]".
            separate(detail).append("lacks critical talents [");
            boolean first = true;
            for (TalentId talent : criticalById) {
                if (!talents.contains(talent)) {
                    detail.append(first ? "" : ", ").append(talent);
                    first = false;
                }
            }
            detail.append(']');
        }
        if (!isNotExcluded(operator.id().value())) {
            reasons[count++] = RejectionReason.REFUSED_BEFORE;
            separate(detail).append("refused or timed out on this order before");
        }
        if (candidate.activeOrders() >= operator.capacity()) {
            reasons[count++] = RejectionReason.AT_CAPACITY;
            separate(detail).append(candidate.activeOrders()).append(" of ").append(operator.capacity())
                    .append(" active orders");
        }
        Optional<WorkingHours> hours = operator.workingHours();
        if (hours.isPresent() && !covers(hours.get())) {
            reasons[count++] = RejectionReason.OUTSIDE_WORKING_HOURS;
            separate(detail).append("window ").append(request.window().start()).append('-')
                    .append(request.window().end()).append(" outside ").append(hours.get().from()).append('-')
                    .append(hours.get().to());
        }
        return new Rejection(operator.id(), List.of(Arrays.copyOf(reasons, count)), detail.toString());
    }

    /** "; " between two failed rules' words. */
    private static StringBuilder separate(StringBuilder detail) {
        return detail.isEmpty() ? detail : detail.append("; ");
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
}
