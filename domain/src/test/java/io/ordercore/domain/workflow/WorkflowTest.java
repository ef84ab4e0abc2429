package io.ordercore.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generic table, on a small made-up status set (as other order kinds will use it). */
class WorkflowTest {

    private enum Sim { REQUESTED, APPROVED, ACTIVE, REJECTED }

    private static final Workflow<Sim> SIM = Workflow.builder("SIM activation", Sim.class)
            .allow(Sim.REQUESTED, Sim.APPROVED, ActorKind.ADMIN, ActorKind.MANAGER)
            .allow(Sim.REQUESTED, Sim.REJECTED, ActorKind.ADMIN)
            .allowWith("the operator's activation code", Sim.APPROVED, Sim.ACTIVE, ActorKind.SYSTEM)
            .build();

    @Test
    void a_duplicate_row_is_refused() {
        Workflow.Builder<Sim> builder = Workflow.builder("SIM activation", Sim.class)
                .allow(Sim.REQUESTED, Sim.APPROVED, ActorKind.ADMIN)
                .allowWith("data", Sim.REQUESTED, Sim.APPROVED, ActorKind.SYSTEM);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REQUESTED -> APPROVED");
    }

    @Test
    void a_row_needs_an_actor() {
        assertThatThrownBy(() -> new Transition<>(Sim.REQUESTED, Sim.APPROVED, Set.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void check_returns_the_row_of_an_allowed_move() {
        Transition<Sim> row = SIM.check(Sim.REQUESTED, Sim.APPROVED, ActorKind.MANAGER, true);

        assertThat(row.from()).isEqualTo(Sim.REQUESTED);
        assertThat(row.to()).isEqualTo(Sim.APPROVED);
        assertThat(row.actors()).containsExactlyInAnyOrder(ActorKind.ADMIN, ActorKind.MANAGER);
        assertThat(row.isPlain()).isTrue();
    }

    @Test
    void a_move_without_a_row_names_current_attempted_and_allowed_targets() {
        assertThatThrownBy(() -> SIM.check(Sim.REQUESTED, Sim.ACTIVE, ActorKind.ADMIN, true))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(e.current()).isEqualTo("REQUESTED");
                    assertThat(e.attempted()).isEqualTo("ACTIVE");
                    assertThat(e.getMessage()).isEqualTo(
                            "SIM activation in status REQUESTED cannot move to ACTIVE (allowed: [APPROVED, REJECTED])");
                });
    }

    @Test
    void a_move_out_of_a_final_status_says_it_is_final() {
        assertThatThrownBy(() -> SIM.check(Sim.REJECTED, Sim.REQUESTED, ActorKind.ADMIN, true))
                .hasMessage("SIM activation in status REJECTED cannot move to REQUESTED (REJECTED is final)");
    }

    @Test
    void a_move_by_an_actor_kind_not_granted_names_who_may() {
        assertThatThrownBy(() -> SIM.check(Sim.REQUESTED, Sim.APPROVED, ActorKind.CLIENT, true))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.current()).isEqualTo("REQUESTED");
                    assertThat(e.attempted()).isEqualTo("APPROVED");
                    assertThat(e.getMessage()).isEqualTo(
                            "SIM activation in status REQUESTED can be moved to APPROVED only by [MANAGER, ADMIN], not by CLIENT");
                });
    }

    @Test
    void a_plain_change_cannot_make_a_move_that_needs_data() {
        assertThatThrownBy(() -> SIM.check(Sim.APPROVED, Sim.ACTIVE, ActorKind.SYSTEM, true))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.getMessage())
                        .contains("APPROVED").contains("ACTIVE").contains("the operator's activation code"));

        assertThat(SIM.check(Sim.APPROVED, Sim.ACTIVE, ActorKind.SYSTEM, false).requires())
                .contains("the operator's activation code");
    }

    @Test
    void the_table_answers_questions_about_itself() {
        assertThat(SIM.find(Sim.REQUESTED, Sim.REJECTED)).isPresent();
        assertThat(SIM.find(Sim.REJECTED, Sim.REQUESTED)).isEmpty();
        assertThat(SIM.targets(Sim.REQUESTED)).isEqualTo(EnumSet.of(Sim.APPROVED, Sim.REJECTED));
        assertThat(SIM.isTerminal(Sim.ACTIVE)).isTrue();
        assertThat(SIM.isTerminal(Sim.APPROVED)).isFalse();
        assertThat(SIM.transitions()).extracting(Transition::to).containsExactly(Sim.APPROVED, Sim.REJECTED, Sim.ACTIVE);
    }

    @Test
    void actors_need_a_kind_and_an_id() {
        assertThatThrownBy(() -> new Actor(ActorKind.ADMIN, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(null, "x")).isInstanceOf(NullPointerException.class);
        assertThat(Actor.admin("root")).hasToString("ADMIN:root");
        assertThat(Actor.system("paymaster").kind()).isEqualTo(ActorKind.SYSTEM);
        assertThat(Actor.client("a@b.co").kind()).isEqualTo(ActorKind.CLIENT);
    }
}
