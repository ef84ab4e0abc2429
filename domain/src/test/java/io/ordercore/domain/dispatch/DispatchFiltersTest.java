package io.ordercore.domain.dispatch;

import static io.ordercore.domain.dispatch.TestDispatch.candidate;
import static io.ordercore.domain.dispatch.TestDispatch.idle;
import static io.ordercore.domain.dispatch.TestDispatch.request;
import static io.ordercore.domain.dispatch.TestDispatch.window;
import static io.ordercore.domain.operator.TestOperators.operator;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.OperatorGender;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each hard filter rejects on its own, and a near miss passes it. */
class DispatchFiltersTest {

    private static Rejection onlyRejection(DispatchDecision decision) {
        assertThat(decision.chosen()).isEmpty();
        assertThat(decision.rejected()).hasSize(1);
        return decision.rejected().get(0);
    }

    @ParameterizedTest
    @EnumSource(value = OperatorState.class, names = {"PAUSED", "FROZEN"})
    void only_active_operators_are_dispatched_to(OperatorState state) {
        Rejection r = onlyRejection(DispatchPolicy.decide(request().build(), List.of(idle(operator(1).state(state)))));

        assertThat(r.reasons()).containsExactly(RejectionReason.NOT_ACTIVE);
        assertThat(r.detail()).isEqualTo("state " + state);
        assertThat(DispatchPolicy.decide(request().build(), List.of(idle(operator(1)))).chosen()).isPresent();
    }

    @Test
    void the_required_gender_is_a_hard_rule() {
        DispatchRequest femaleOnly = request().required(OperatorGender.FEMALE).build();

        Rejection r = onlyRejection(DispatchPolicy.decide(femaleOnly, List.of(idle(operator(1).gender(Gender.MALE)))));
        assertThat(r.reasons()).containsExactly(RejectionReason.GENDER);
        assertThat(r.detail()).isEqualTo("gender MALE, required FEMALE");
        assertThat(DispatchPolicy.decide(femaleOnly, List.of(idle(operator(2).gender(Gender.FEMALE)))).chosen())
                .contains(new AccountId(2));
    }

    @ParameterizedTest
    @EnumSource(Gender.class)
    void required_gender_any_admits_everyone(Gender gender) {
        DispatchRequest any = request().required(OperatorGender.ANY).build();

        assertThat(DispatchPolicy.decide(any, List.of(idle(operator(1).gender(gender)))).chosen()).isPresent();
    }

    @Test
    void every_critical_talent_is_required() {
        DispatchRequest needs = request().critical(3, 7, 9).build();

        Rejection r = onlyRejection(DispatchPolicy.decide(needs, List.of(idle(operator(1).talents(9, 4)))));
        assertThat(r.reasons()).containsExactly(RejectionReason.MISSING_CRITICAL_TALENT);
        assertThat(r.detail()).isEqualTo("lacks critical talents [3, 7]");
        assertThat(DispatchPolicy.decide(needs, List.of(idle(operator(2).talents(3, 7, 9, 4)))).chosen()).isPresent();
    }

    @Test
    void an_operator_who_refused_or_timed_out_on_the_order_is_skipped() {
        DispatchRequest refusedBy1 = request().excluded(1).build();

        Rejection r = onlyRejection(DispatchPolicy.decide(refusedBy1, List.of(idle(operator(1)))));
        assertThat(r.reasons()).containsExactly(RejectionReason.REFUSED_BEFORE);
        assertThat(DispatchPolicy.decide(refusedBy1, List.of(idle(operator(2)))).chosen()).contains(new AccountId(2));
    }

    @Test
    void an_operator_at_capacity_gets_no_more_orders() {
        Rejection r = onlyRejection(DispatchPolicy.decide(request().build(),
                List.of(candidate(operator(1).capacity(2), 2, null))));
        assertThat(r.reasons()).containsExactly(RejectionReason.AT_CAPACITY);
        assertThat(r.detail()).isEqualTo("2 of 2 active orders");

        assertThat(DispatchPolicy.decide(request().build(), List.of(candidate(operator(1).capacity(2), 1, null)))
                .chosen()).isPresent();
    }

    @Test
    void the_call_window_must_fit_the_working_hours() {
        DispatchRequest tenToNoon = request().window(window("10:00", "12:00")).build();

        Rejection r = onlyRejection(DispatchPolicy.decide(tenToNoon, List.of(idle(operator(1).hours("10:30-18:00")))));
        assertThat(r.reasons()).containsExactly(RejectionReason.OUTSIDE_WORKING_HOURS);
        assertThat(r.detail()).isEqualTo("window 10:00-12:00 outside 10:30-18:00");
        assertThat(DispatchPolicy.decide(tenToNoon, List.of(idle(operator(2).hours("10:00-12:00")))).chosen()).isPresent();
        assertThat(DispatchPolicy.decide(tenToNoon, List.of(idle(operator(3)))).chosen()).isPresent();
    }

    @Test
    void an_operator_failing_several_filters_gets_every_reason_in_enum_order() {
        DispatchRequest strict = request().required(OperatorGender.FEMALE).critical(3, 7).excluded(5)
                .window(window("10:00", "12:00")).build();
        Candidate everythingWrong = candidate(operator(5).state(OperatorState.PAUSED).gender(Gender.MALE)
                .capacity(2).hours("14:00-18:00"), 2, null);

        Rejection r = onlyRejection(DispatchPolicy.decide(strict, List.of(everythingWrong)));

        assertThat(r.operator()).isEqualTo(new AccountId(5));
        assertThat(r.reasons()).containsExactly(RejectionReason.values());
        assertThat(r.detail()).isEqualTo("state PAUSED; gender MALE, required FEMALE; lacks critical talents [3, 7]; "
                + "refused or timed out on this order before; 2 of 2 active orders; window 10:00-12:00 outside 14:00-18:00");
    }

    @Test
    void a_rejected_operator_is_never_chosen_even_if_alone_and_best_rated() {
        DispatchDecision decision = DispatchPolicy.decide(request().excluded(1).build(),
                List.of(idle(operator(1).rating(100)), idle(operator(2).rating(-100))));

        assertThat(decision.chosen()).contains(new AccountId(2));
        assertThat(decision.rejected()).extracting(Rejection::operator).containsExactly(new AccountId(1));
        assertThat(decision.ranked()).extracting(Score::lastAssignedAt).containsExactly(Optional.empty());
    }
}
