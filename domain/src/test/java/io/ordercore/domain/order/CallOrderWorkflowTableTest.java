package io.ordercore.domain.order;

import static io.ordercore.domain.order.OrderStatus.CANCELLED;
import static io.ordercore.domain.order.OrderStatus.COMPLETED;
import static io.ordercore.domain.order.OrderStatus.ERROR;
import static io.ordercore.domain.order.OrderStatus.FAILED;
import static io.ordercore.domain.order.OrderStatus.IN_PROGRESS;
import static io.ordercore.domain.order.OrderStatus.OPERATOR_PROPOSED;
import static io.ordercore.domain.order.OrderStatus.PAID;
import static io.ordercore.domain.order.OrderStatus.UNPAID;
import static io.ordercore.domain.workflow.ActorKind.ADMIN;
import static io.ordercore.domain.workflow.ActorKind.OPERATOR;
import static io.ordercore.domain.workflow.ActorKind.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.workflow.ActorKind;
import io.ordercore.domain.workflow.Transition;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins the call-order transition table row by row. A change to the table must fail here on
 * purpose: update this list only together with PRODUCT.md and the exhaustive workflow test.
 */
class CallOrderWorkflowTableTest {

    /** One expected row, written as {@code from to actors needsData}. */
    private record Row(OrderStatus from, OrderStatus to, Set<ActorKind> actors, boolean needsData) {
        static Row plain(OrderStatus from, OrderStatus to, ActorKind... actors) {
            return new Row(from, to, Set.copyOf(EnumSet.of(actors[0], actors)), false);
        }

        static Row withData(OrderStatus from, OrderStatus to, ActorKind... actors) {
            return new Row(from, to, Set.copyOf(EnumSet.of(actors[0], actors)), true);
        }
    }

    private static final Set<Row> EXPECTED = Set.of(
            Row.withData(UNPAID, PAID, SYSTEM),
            Row.plain(UNPAID, CANCELLED, ADMIN),
            Row.plain(UNPAID, ERROR, SYSTEM),

            Row.withData(PAID, OPERATOR_PROPOSED, SYSTEM, ADMIN),
            Row.plain(PAID, FAILED, SYSTEM, ADMIN),
            Row.plain(PAID, CANCELLED, ADMIN),
            Row.plain(PAID, ERROR, SYSTEM),

            Row.withData(OPERATOR_PROPOSED, IN_PROGRESS, OPERATOR),
            Row.plain(OPERATOR_PROPOSED, PAID, OPERATOR, SYSTEM, ADMIN),
            Row.plain(OPERATOR_PROPOSED, FAILED, SYSTEM, ADMIN),
            Row.plain(OPERATOR_PROPOSED, CANCELLED, ADMIN),
            Row.plain(OPERATOR_PROPOSED, ERROR, SYSTEM),

            Row.withData(IN_PROGRESS, COMPLETED, SYSTEM),
            Row.plain(IN_PROGRESS, PAID, SYSTEM, ADMIN),
            Row.plain(IN_PROGRESS, FAILED, SYSTEM, ADMIN),
            Row.plain(IN_PROGRESS, CANCELLED, ADMIN),
            Row.plain(IN_PROGRESS, ERROR, SYSTEM),

            Row.plain(ERROR, UNPAID, ADMIN),
            Row.plain(ERROR, PAID, ADMIN),
            Row.plain(ERROR, CANCELLED, ADMIN));

    @Test
    void the_table_has_exactly_the_agreed_rows() {
        Set<Row> actual = CallOrderWorkflow.TABLE.transitions().stream()
                .map(t -> new Row(t.from(), t.to(), t.actors(), !t.isPlain()))
                .collect(Collectors.toSet());

        assertThat(actual).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(CallOrderWorkflow.TABLE.transitions()).hasSize(EXPECTED.size());
    }

    @Test
    void moves_that_carry_data_say_what_they_need() {
        assertThat(CallOrderWorkflow.TABLE.transitions().stream().filter(t -> !t.isPlain()))
                .extracting(t -> t.from() + "->" + t.to() + ": " + t.requires().orElseThrow())
                .containsExactlyInAnyOrder(
                        "UNPAID->PAID: a payment covering the total",
                        "PAID->OPERATOR_PROPOSED: an operator picked by dispatch",
                        "OPERATOR_PROPOSED->IN_PROGRESS: the proposed operator's confirmation",
                        "IN_PROGRESS->COMPLETED: a call result of at least the minimum duration");
    }

    @Test
    void cancelling_is_for_administrators_only() {
        assertThat(CallOrderWorkflow.TABLE.transitions().stream().filter(t -> t.to() == CANCELLED))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.actors()).containsExactly(ADMIN));
    }

    @Test
    void clients_and_managers_cannot_move_call_orders_at_all() {
        assertThat(CallOrderWorkflow.TABLE.transitions())
                .allSatisfy(t -> assertThat(t.actors()).doesNotContain(ActorKind.CLIENT, ActorKind.MANAGER));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "FAILED", "CANCELLED"})
    void final_statuses_have_no_exits(OrderStatus status) {
        assertThat(CallOrderWorkflow.TABLE.isTerminal(status)).isTrue();
        assertThat(CallOrderWorkflow.TABLE.targets(status)).isEmpty();
        assertThat(CallOrderWorkflow.TABLE.transitions()).noneMatch(t -> t.from() == status);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "FAILED", "CANCELLED"}, mode = EnumSource.Mode.EXCLUDE)
    void every_other_status_has_a_way_out_and_can_be_reached(OrderStatus status) {
        assertThat(CallOrderWorkflow.TABLE.isTerminal(status)).isFalse();
        assertThat(CallOrderWorkflow.TABLE.targets(status)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "UNPAID", mode = EnumSource.Mode.EXCLUDE)
    void every_status_but_the_initial_one_is_reachable(OrderStatus status) {
        assertThat(CallOrderWorkflow.TABLE.transitions()).anyMatch(t -> t.to() == status);
    }

    @Test
    void nothing_leads_back_into_unpaid_except_the_error_requeue() {
        assertThat(CallOrderWorkflow.TABLE.transitions().stream().filter(t -> t.to() == UNPAID))
                .extracting(Transition::from)
                .containsExactly(ERROR);
    }

    @Test
    void targets_lists_every_row_from_a_status() {
        assertThat(CallOrderWorkflow.TABLE.targets(PAID))
                .containsExactlyInAnyOrder(OPERATOR_PROPOSED, FAILED, CANCELLED, ERROR);
        assertThat(CallOrderWorkflow.TABLE.targets(ERROR)).containsExactlyInAnyOrder(UNPAID, PAID, CANCELLED);
    }
}
