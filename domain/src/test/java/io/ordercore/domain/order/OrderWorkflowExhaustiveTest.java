package io.ordercore.domain.order;

import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status x every target x every actor kind through {@link Order#changeStatus}: the move
 * succeeds and records exactly one history entry iff the table has a plain row granting it to
 * that actor kind (with the ERROR requeue guard on top); every other combination is refused and
 * changes nothing.
 */
class OrderWorkflowExhaustiveTest {

    private static final Instant NOW = Instant.parse("2026-11-23T07:30:00.123456Z");

    /** Where the order starts: its status and, for ERROR, whether it had been paid before the fault. */
    record Start(OrderStatus status, boolean paidBefore) {
        Order build() {
            TestOrders builder = anOrder().status(status);
            if (paidBefore) {
                builder.wasOnceIn(OrderStatus.PAID);
            }
            return builder.build();
        }

        @Override
        public String toString() {
            return status == OrderStatus.ERROR ? status + (paidBefore ? "(paid before)" : "(never paid)") : status.name();
        }
    }

    static List<Start> starts() {
        List<Start> starts = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            starts.add(new Start(status, false));
            if (status == OrderStatus.ERROR) {
                starts.add(new Start(status, true));
            }
        }
        return starts;
    }

    static Stream<Arguments> everyCombination() {
        return starts().stream().flatMap(start -> Stream.of(OrderStatus.values()).flatMap(target ->
                Stream.of(ActorKind.values()).map(kind -> Arguments.of(start, target, kind))));
    }

    /** What the table (plus the ERROR guard) says about one combination. */
    static boolean expectedAllowed(Start start, OrderStatus target, ActorKind kind) {
        boolean byTable = CallOrderWorkflow.TABLE.find(start.status(), target)
                .map(row -> row.actors().contains(kind) && row.isPlain())
                .orElse(false);
        if (start.status() == OrderStatus.ERROR && (target == OrderStatus.PAID || target == OrderStatus.UNPAID)) {
            return byTable && start.paidBefore() == (target == OrderStatus.PAID);
        }
        return byTable;
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}")
    @MethodSource("everyCombination")
    void a_plain_status_change_follows_the_table(Start start, OrderStatus target, ActorKind kind) {
        Order order = start.build();
        List<OrderHistoryEntry> before = order.history();
        Instant updatedBefore = order.updatedAt();
        Actor actor = new Actor(kind, "someone");
        MutableClock clock = new MutableClock(NOW);

        if (expectedAllowed(start, target, kind)) {
            OrderHistoryEntry entry = order.changeStatus(target, actor, "  because  ", clock);

            assertThat(order.status()).isEqualTo(target);
            assertThat(order.history()).hasSize(before.size() + 1).startsWith(before.toArray(OrderHistoryEntry[]::new));
            assertThat(order.history().get(before.size())).isEqualTo(entry);
            assertThat(entry.seq()).isEqualTo(before.size() + 1);
            assertThat(entry.kind()).isEqualTo(OrderHistoryEntry.Kind.STATUS);
            assertThat(entry.from()).contains(start.status());
            assertThat(entry.to()).isEqualTo(target);
            assertThat(entry.actor()).isEqualTo(actor);
            assertThat(entry.reason()).contains("because");
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(order.updatedAt()).isEqualTo(NOW);
            assertThat(order.unsavedHistory()).containsExactly(entry);
        } else {
            IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                    () -> order.changeStatus(target, actor, "because", clock));

            assertThat(refused).as("expected a refusal").isNotNull();
            assertThat(refused.code()).isEqualTo("ILLEGAL_TRANSITION");
            assertThat(refused.current()).isEqualTo(start.status().name());
            assertThat(refused.attempted()).isEqualTo(target.name());
            assertThat(refused.getMessage()).containsPattern(word(start.status())).containsPattern(word(target));
            assertThat(order.status()).isEqualTo(start.status());
            assertThat(order.history()).isEqualTo(before);
            assertThat(order.unsavedHistory()).isEmpty();
            assertThat(order.updatedAt()).isEqualTo(updatedBefore);
        }
    }

    @Test
    void exactly_the_agreed_number_of_combinations_succeeds() {
        // Counted by running the moves, not from the table: guards against an expectation that
        // silently refuses (or allows) everything.
        List<String> allowed = new ArrayList<>();
        everyCombination().forEach(args -> {
            Start start = (Start) args.get()[0];
            OrderStatus target = (OrderStatus) args.get()[1];
            ActorKind kind = (ActorKind) args.get()[2];
            try {
                start.build().changeStatus(target, new Actor(kind, "x"), null, new MutableClock(NOW));
                allowed.add(start + "->" + target + " by " + kind);
            } catch (IllegalTransitionException refused) {
                // counted as refused
            }
        });

        assertThat(allowed).hasSize(23).contains(
                "UNPAID->CANCELLED by ADMIN",
                "OPERATOR_PROPOSED->PAID by OPERATOR",
                "IN_PROGRESS->PAID by ADMIN",
                "ERROR(never paid)->UNPAID by ADMIN",
                "ERROR(paid before)->PAID by ADMIN",
                "ERROR(never paid)->CANCELLED by ADMIN");
        assertThat(allowed).doesNotContain(
                "ERROR(paid before)->UNPAID by ADMIN",
                "ERROR(never paid)->PAID by ADMIN",
                "UNPAID->PAID by SYSTEM",
                "IN_PROGRESS->COMPLETED by SYSTEM");
    }

    @Test
    void a_blank_reason_is_recorded_as_none() {
        Order order = anOrder().status(OrderStatus.PAID).build();

        OrderHistoryEntry entry = order.changeStatus(OrderStatus.CANCELLED, Actor.admin("root"), "   ", new MutableClock(NOW));

        assertThat(entry.reason()).isEqualTo(Optional.empty());
    }

    private static Pattern word(OrderStatus status) {
        return Pattern.compile("\\b" + status.name() + "\\b");
    }
}
