package io.ordercore.domain.dispatch;

import static io.ordercore.domain.operator.TestOperators.talentIds;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.TestOperators;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds dispatch requests (default: order 1042, no rules, 10:00-12:00 window) and candidates. */
final class TestDispatch {

    static final OrderId ORDER = new OrderId(1042);
    static final Instant LONG_AGO = Instant.parse("2026-01-01T09:00:00Z");
    static final Instant RECENTLY = Instant.parse("2026-11-23T09:00:00Z");

    private OperatorGender required = OperatorGender.ANY;
    private Set<TalentId> critical = Set.of();
    private Set<TalentId> other = Set.of();
    private OperatorGender preferred = OperatorGender.ANY;
    private CallWindow window = window("10:00", "12:00");
    private Set<AccountId> excluded = Set.of();

    static TestDispatch request() {
        return new TestDispatch();
    }

    static CallWindow window(String start, String end) {
        return new CallWindow(LocalDate.parse("2026-11-25"), LocalTime.parse(start), LocalTime.parse(end));
    }

    /** An idle candidate who was never assigned. */
    static Candidate idle(TestOperators operator) {
        return new Candidate(operator.build(), 0, Optional.empty());
    }

    static Candidate candidate(TestOperators operator, int activeOrders, Instant lastAssignedAt) {
        return new Candidate(operator.build(), activeOrders, Optional.ofNullable(lastAssignedAt));
    }

    static Candidate candidate(Operator operator, int activeOrders) {
        return new Candidate(operator, activeOrders, Optional.empty());
    }

    TestDispatch required(OperatorGender value) {
        required = value;
        return this;
    }

    TestDispatch critical(long... talents) {
        critical = talentIds(talents);
        return this;
    }

    TestDispatch other(long... talents) {
        other = talentIds(talents);
        return this;
    }

    TestDispatch preferred(OperatorGender value) {
        preferred = value;
        return this;
    }

    TestDispatch window(CallWindow value) {
        window = value;
        return this;
    }

    TestDispatch excluded(long... operators) {
        excluded = Arrays.stream(operators).mapToObj(AccountId::new).collect(Collectors.toSet());
        return this;
    }

    DispatchRequest build() {
        return new DispatchRequest(ORDER, required, critical, other, preferred, window, excluded);
    }
}
