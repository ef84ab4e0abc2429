package io.ordercore.domain.dispatch;

import static io.ordercore.domain.dispatch.TestDispatch.LONG_AGO;
import static io.ordercore.domain.dispatch.TestDispatch.ORDER;
import static io.ordercore.domain.dispatch.TestDispatch.candidate;
import static io.ordercore.domain.dispatch.TestDispatch.idle;
import static io.ordercore.domain.dispatch.TestDispatch.request;
import static io.ordercore.domain.operator.TestOperators.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.operator.OperatorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a decision holds and how it reads: no candidates, truncation, the explanation. */
class DispatchDecisionTest {

    @Test
    void with_no_candidates_nobody_is_chosen_and_the_order_waits() {
        DispatchDecision decision = DispatchPolicy.decide(request().build(), List.of());

        assertThat(decision.chosen()).isEmpty();
        assertThat(decision.considered()).isZero();
        assertThat(decision.ranked()).isEmpty();
        assertThat(decision.rejected()).isEmpty();
        assertThat(decision.explain()).isEqualTo("Order 1042: 0 operators considered, 0 eligible, 0 rejected.\n"
                + "Chosen: none, no candidate: the order waits for an operator.\n");
    }

    @Test
    void when_everyone_is_rejected_nobody_is_chosen() {
        DispatchDecision decision = DispatchPolicy.decide(request().excluded(1, 2).build(),
                List.of(idle(operator(1)), idle(operator(2))));

        assertThat(decision.chosen()).isEmpty();
        assertThat(decision.rejectedTotal()).isEqualTo(2);
        assertThat(decision.explain()).contains("no candidate: the order waits for an operator");
    }

    @Test
    void explain_reads_the_whole_decision() {
        DispatchDecision decision = DispatchPolicy.decide(request().build(), List.of(
                candidate(operator(3).rating(1), 0, LONG_AGO), idle(operator(4).state(OperatorState.PAUSED)),
                idle(operator(2).rating(5))));

        assertThat(decision.explain()).isEqualTo("""
                Order 1042: 3 operators considered, 2 eligible, 1 rejected.
                Chosen: operator 2.
                Ranked:
                  1. operator 2: preferred gender no, talent matches 0, rating 5, active orders 0, last assigned never
                  2. operator 3: preferred gender no, talent matches 0, rating 1, active orders 0, last assigned 2026-01-01T09:00:00Z
                Rejected:
                  operator 4: [NOT_ACTIVE] (state PAUSED)
                """);
    }

    @Test
    void long_lists_are_cut_at_max_explained_with_true_totals() {
        List<Candidate> pool = new ArrayList<>();
        IntStream.rangeClosed(1, 120).forEach(id -> pool.add(idle(operator(id).rating(id))));
        IntStream.rangeClosed(121, 250).forEach(id -> pool.add(idle(operator(id).state(OperatorState.FROZEN))));

        DispatchDecision decision = DispatchPolicy.decide(request().build(), pool);

        assertThat(decision.considered()).isEqualTo(250);
        assertThat(decision.rankedTotal()).isEqualTo(120);
        assertThat(decision.rejectedTotal()).isEqualTo(130);
        assertThat(decision.ranked()).hasSize(DispatchPolicy.MAX_EXPLAINED)
                .extracting(s -> s.operator().value()).containsExactlyElementsOf(
                        IntStream.iterate(120, id -> id - 1).limit(50).mapToObj(Long::valueOf).toList());
        assertThat(decision.ranked()).extracting(Score::rank).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(decision.rejected()).hasSize(DispatchPolicy.MAX_EXPLAINED)
                .extracting(r -> r.operator().value()).containsExactlyElementsOf(
                        IntStream.rangeClosed(121, 170).mapToObj(Long::valueOf).toList());
        assertThat(decision.explain()).contains("  ... and 70 more\n", "  ... and 80 more\n");
    }

    @Test
    void exactly_max_explained_is_not_cut() {
        List<Candidate> pool = IntStream.rangeClosed(1, DispatchPolicy.MAX_EXPLAINED)
                .mapToObj(id -> idle(operator(id))).toList();

        DispatchDecision decision = DispatchPolicy.decide(request().build(), pool);

        assertThat(decision.ranked()).hasSize(50);
        assertThat(decision.rankedTotal()).isEqualTo(50);
        assertThat(decision.explain()).doesNotContain("more");
    }

    @Test
    void the_chosen_operator_must_head_the_ranking_and_totals_must_add_up() {
        Score first = new Score(new AccountId(1), 1, false, 0, 0, 0, Optional.empty());

        assertThatThrownBy(() -> new DispatchDecision(ORDER, Optional.of(new AccountId(2)), 1, List.of(first), 1,
                List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchDecision(ORDER, Optional.empty(), 1, List.of(first), 1,
                List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchDecision(ORDER, Optional.of(new AccountId(1)), 2, List.of(first), 1,
                List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
