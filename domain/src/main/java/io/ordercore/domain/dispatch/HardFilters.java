package io.ordercore.domain.dispatch;

import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
import io.ordercore.domain.shared.Gender;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The hard dispatch rules for one request, one per {@link RejectionReason}. {@link #passes} runs for
 * every candidate, so it stops at the first failure and tries the cheapest rules first; every failed
 * rule and its words are worked out, by {@link #rejection}, only for the rejections that are kept.
 */
final class HardFilters {

    private final DispatchRequest request;
    private final boolean[] genderAdmitted;
    private final TalentId[] critical;

    HardFilters(DispatchRequest request) {
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
