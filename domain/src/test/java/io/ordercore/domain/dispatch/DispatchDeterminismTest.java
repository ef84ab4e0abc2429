package io.ordercore.domain.dispatch;

import static io.ordercore.domain.operator.TestOperators.operator;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.TestOperators;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.OperatorGender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On a large random pool full of ties: the order of the input does not matter, and the bounded
 * top-K keeps exactly what a full sort of every operator, judged alone, would keep.
 */
class DispatchDeterminismTest {

    private static final DispatchRequest REQUEST = TestDispatch.request().preferred(OperatorGender.FEMALE)
            .critical(1).other(2, 3, 4).excluded(5, 17, 40).build();
    private static final Instant[] ASSIGNED = {null, Instant.parse("2026-11-01T09:00:00Z"),
            Instant.parse("2026-11-20T09:00:00Z")};

    /** Small value ranges, so that many operators tie on the first rules. */
    private static List<Candidate> pool(Random random, int size) {
        List<Candidate> pool = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            TestOperators op = operator(id).gender(random.nextBoolean() ? Gender.MALE : Gender.FEMALE)
                    .talents(random.nextInt(10) < 8 ? 1 : 9, 2 + random.nextInt(3), 2 + random.nextInt(3))
                    .rating(random.nextInt(3)).capacity(1 + random.nextInt(3))
                    .state(random.nextInt(10) == 0 ? OperatorState.PAUSED : OperatorState.ACTIVE);
            if (random.nextInt(5) == 0) {
                op.hours(random.nextBoolean() ? "09:00-18:00" : "12:00-18:00");
            }
            pool.add(TestDispatch.candidate(op, random.nextInt(3), ASSIGNED[random.nextInt(ASSIGNED.length)]));
        }
        return pool;
    }

    @Test
    void shuffling_the_candidates_changes_nothing() {
        Random random = new Random(42);
        List<Candidate> pool = pool(random, 600);
        DispatchDecision expected = DispatchPolicy.decide(REQUEST, pool);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(pool, random);
            assertThat(DispatchPolicy.decide(REQUEST, pool)).isEqualTo(expected);
        }
        assertThat(expected.rankedTotal()).isGreaterThan(DispatchPolicy.MAX_EXPLAINED);
        assertThat(expected.rejectedTotal()).isGreaterThan(DispatchPolicy.MAX_EXPLAINED);
    }

    @Test
    void the_kept_lists_match_a_full_sort_of_everyone() {
        List<Candidate> pool = pool(new Random(7), 2_000);
        List<Score> allScores = new ArrayList<>();
        List<Rejection> allRejections = new ArrayList<>();
        for (Candidate c : pool) {
            DispatchDecision alone = DispatchPolicy.decide(REQUEST, List.of(c));
            allScores.addAll(alone.ranked());
            allRejections.addAll(alone.rejected());
        }
        allScores.sort(DispatchPolicy.RANKING);
        allRejections.sort(Comparator.comparingLong(r -> r.operator().value()));

        DispatchDecision decision = DispatchPolicy.decide(REQUEST, pool);

        assertThat(decision.rankedTotal()).isEqualTo(allScores.size());
        assertThat(decision.rejectedTotal()).isEqualTo(allRejections.size());
        for (int i = 0; i < DispatchPolicy.MAX_EXPLAINED; i++) {
            assertThat(decision.ranked().get(i)).isEqualTo(allScores.get(i).ranked(i + 1));
        }
        assertThat(decision.rejected()).isEqualTo(allRejections.subList(0, DispatchPolicy.MAX_EXPLAINED));
        assertThat(decision.chosen()).contains(allScores.get(0).operator());
    }
}
