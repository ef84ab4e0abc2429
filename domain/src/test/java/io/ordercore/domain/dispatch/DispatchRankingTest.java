package io.ordercore.domain.dispatch;

import static io.ordercore.domain.dispatch.TestDispatch.LONG_AGO;
import static io.ordercore.domain.dispatch.TestDispatch.RECENTLY;
import static io.ordercore.domain.dispatch.TestDispatch.candidate;
import static io.ordercore.domain.dispatch.TestDispatch.idle;
import static io.ordercore.domain.dispatch.TestDispatch.request;
import static io.ordercore.domain.operator.TestOperators.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.OperatorGender;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each ranking rule decides when all earlier rules tie, and beats every later rule: the loser in
 * each test is better on everything after the rule under test, down to a lower id.
 */
class DispatchRankingTest {

    private static final DispatchRequest PLAIN = request().other(3, 4, 5).build();

    /** The winner takes rank 1 whichever way round the two are offered. */
    private static void assertWins(DispatchRequest request, Candidate winner, Candidate loser) {
        for (List<Candidate> offered : List.of(List.of(loser, winner), List.of(winner, loser))) {
            DispatchDecision decision = DispatchPolicy.decide(request, offered);
            assertThat(decision.chosen()).contains(winner.operator().id());
            assertThat(decision.ranked()).extracting(Score::operator, Score::rank).containsExactly(
                    tuple(winner.operator().id(), 1),
                    tuple(loser.operator().id(), 2));
        }
    }

    @Test
    void the_clients_preferred_gender_comes_first() {
        DispatchRequest wantsFemale = request().preferred(OperatorGender.FEMALE).other(3, 4, 5).build();

        assertWins(wantsFemale,
                candidate(operator(2).gender(Gender.FEMALE).capacity(2), 1, RECENTLY),
                idle(operator(1).gender(Gender.MALE).talents(3, 4, 5).rating(99)));
    }

    @Test
    void then_more_non_critical_talents() {
        assertWins(PLAIN,
                candidate(operator(2).talents(3, 4).capacity(2), 1, RECENTLY),
                idle(operator(1).talents(5).rating(99)));
    }

    @Test
    void then_higher_rating() {
        assertWins(PLAIN,
                candidate(operator(2).talents(3).rating(10).capacity(2), 1, RECENTLY),
                idle(operator(1).talents(4).rating(9)));
    }

    @Test
    void then_fewer_active_orders() {
        assertWins(PLAIN,
                candidate(operator(2).capacity(3), 1, RECENTLY),
                candidate(operator(1).capacity(3), 2, null));
    }

    @Test
    void then_least_recently_assigned() {
        assertWins(PLAIN, candidate(operator(2), 0, LONG_AGO), candidate(operator(1), 0, RECENTLY));
    }

    @Test
    void never_assigned_beats_assigned_long_ago() {
        assertWins(PLAIN, candidate(operator(2), 0, null), candidate(operator(1), 0, LONG_AGO));
    }

    @Test
    void a_full_tie_goes_to_the_lower_account_id() {
        assertWins(PLAIN, candidate(operator(7), 0, LONG_AGO), candidate(operator(8), 0, LONG_AGO));
        assertWins(PLAIN, idle(operator(7)), idle(operator(12)));
    }

    @Test
    void without_a_preferred_gender_nobody_gets_the_bonus() {
        DispatchRequest noWish = request().preferred(OperatorGender.ANY).build();

        DispatchDecision decision = DispatchPolicy.decide(noWish,
                List.of(idle(operator(1).gender(Gender.FEMALE).rating(4)), idle(operator(2).gender(Gender.MALE).rating(5))));

        assertThat(decision.chosen()).contains(new AccountId(2));
        assertThat(decision.ranked()).extracting(Score::preferredGender).containsOnly(false);
    }

    @Test
    void the_score_shows_the_figures_it_was_ranked_by() {
        DispatchRequest request = request().preferred(OperatorGender.MALE).critical(9).other(3, 4).build();

        DispatchDecision decision = DispatchPolicy.decide(request,
                List.of(candidate(operator(6).gender(Gender.MALE).talents(9, 3).rating(-2).capacity(5), 3, LONG_AGO)));

        // The critical talent 9 is required, not a bonus: only 3 counts as a match.
        assertThat(decision.ranked()).containsExactly(
                new Score(new AccountId(6), 1, true, 1, -2, 3, Optional.of(LONG_AGO)));
    }

    @Test
    void the_ranking_comparator_orders_scores_best_first() {
        Score preferred = new Score(new AccountId(9), 1, true, 0, 0, 5, Optional.of(RECENTLY));
        Score talented = new Score(new AccountId(8), 1, false, 2, 0, 5, Optional.of(RECENTLY));
        Score rated = new Score(new AccountId(7), 1, false, 1, 50, 5, Optional.of(RECENTLY));
        Score idle = new Score(new AccountId(6), 1, false, 1, 10, 0, Optional.of(RECENTLY));
        Score waitedLong = new Score(new AccountId(5), 1, false, 1, 10, 1, Optional.of(LONG_AGO));
        Score never = new Score(new AccountId(4), 1, false, 1, 10, 1, Optional.empty());
        Score lowId = new Score(new AccountId(1), 1, false, 1, 10, 1, Optional.of(RECENTLY));
        Score highId = new Score(new AccountId(2), 1, false, 1, 10, 1, Optional.of(RECENTLY));
        List<Score> scores = new ArrayList<>(List.of(highId, lowId, never, waitedLong, idle, rated, talented, preferred));

        scores.sort(DispatchPolicy.RANKING);

        assertThat(scores).containsExactly(preferred, talented, rated, idle, never, waitedLong, lowId, highId);
    }
}
