package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.RefusalKind;
import io.ordercore.application.port.out.Dispatches.Stage;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.workflow.ActorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proposal the operator leaves unanswered for the confirmation timeout (15 min by default)
 * counts as their refusal: the order goes to the next candidate and never comes back to them.
 */
class ConfirmationTimeoutTest {

    private static final String TIMEOUT_SETTING = "dispatch.confirmation-timeout-minutes";

    private final DispatchFixture f = new DispatchFixture();
    private Caller.SignedIn first;
    private Caller.SignedIn second;

    @BeforeEach
    void twoOperators() {
        first = f.operators.operator("first@example.com", "FEMALE", 30_000);
        second = f.operators.operator("second@example.com", "MALE", 25_000);
        f.memory.operators.addToRating(first.id(), 5); // ranks first
    }

    private OrderHistoryEntry lastStatusEntry(Order order, OrderStatus to) {
        return f.stored(order).history().stream().filter(e -> e.kind() == OrderHistoryEntry.Kind.STATUS && e.to() == to)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void silenceForFifteenMinutesIsARefusalAndTheOrderGoesToTheNextCandidate() {
        Order paid = f.paidOrder();
        assertThat(f.stored(paid).operator()).contains(first.id());

        f.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(f.runScheduled()).as("14:59 is still in time").isZero();
        assertThat(f.stored(paid).operator()).contains(first.id());

        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.runScheduled()).isEqualTo(1);

        Order moved = f.stored(paid);
        assertThat(moved.status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(moved.operator()).contains(second.id());
        assertThat(f.operators.refusal(paid.id(), first)).contains(RefusalKind.TIMED_OUT);
        assertThat(f.operators.refusal(paid.id(), second)).isEmpty();
        OrderHistoryEntry timedOut = lastStatusEntry(paid, OrderStatus.PAID);
        assertThat(timedOut.from()).contains(OrderStatus.OPERATOR_PROPOSED);
        assertThat(timedOut.actor().kind()).isEqualTo(ActorKind.SYSTEM);
        assertThat(timedOut.reason()).hasValueSatisfying(r -> assertThat(r).contains("no answer within 15 min"));
        assertThat(f.core.operatorCabinet().proposals(first)).isEmpty();
        assertThat(f.core.operatorCabinet().proposals(second)).extracting(Order::id).containsExactly(paid.id());
        assertThat(f.memory.dispatches.task(paid.id())).hasValueSatisfying(t -> {
            assertThat(t.stage()).isEqualTo(Stage.PROPOSED);
            assertThat(t.operator()).contains(second.id());
            assertThat(t.dueAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(15)));
        });
    }

    @Test
    void anOperatorWhoTimedOutIsNotProposedTheOrderAgain() {
        Order paid = f.paidOrder();
        f.clock.advance(Duration.ofMinutes(15));
        f.runScheduled(); // first times out, second is proposed
        f.clock.advance(Duration.ofMinutes(15));
        assertThat(f.runScheduled()).isEqualTo(1); // second times out too

        Order waiting = f.stored(paid);
        assertThat(waiting.status()).as("nobody left: the order waits").isEqualTo(OrderStatus.PAID);
        assertThat(waiting.operator()).isEmpty();
        assertThat(f.core.dispatch().awaitingOperator(f.admin, 10)).extracting(Dispatches.Task::order)
                .containsExactly(paid.id());

        for (int retry = 0; retry < 3; retry++) {
            f.clock.advance(Duration.ofMinutes(5));
            assertThat(f.runScheduled()).as("the retry runs").isEqualTo(1);
            assertThat(f.stored(paid).status()).as("but proposes to nobody").isEqualTo(OrderStatus.PAID);
        }
        assertThat(f.core.dispatch().explain(f.admin, paid.id())).extracting(Dispatches.Decision::chosen)
                .startsWith(Optional.of(first.id()), Optional.of(second.id()))
                .endsWith(Optional.empty());
        assertThat(f.core.operatorCabinet().proposals(first)).isEmpty();
    }

    @Test
    void theLateOperatorCannotConfirmAnyMore() {
        Order paid = f.paidOrder();
        f.clock.advance(Duration.ofMinutes(16));
        f.runScheduled();

        assertThatThrownBy(() -> f.core.operatorCabinet().confirm(first, paid.id())).isInstanceOf(NotFoundException.class);
        assertThat(f.stored(paid).operator()).contains(second.id());
    }

    @Test
    void aProposalAnsweredInTimeIsLeftAloneByTheScheduler() {
        Order paid = f.paidOrder();
        f.clock.advance(Duration.ofMinutes(10));
        f.core.operatorCabinet().confirm(first, paid.id());

        f.clock.advance(Duration.ofMinutes(6));
        assertThat(f.runScheduled()).isZero();
        f.clock.advance(Duration.ofHours(2));
        assertThat(f.runScheduled()).isZero();

        Order confirmed = f.stored(paid);
        assertThat(confirmed.status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(confirmed.operator()).contains(first.id());
        assertThat(f.operators.refusal(paid.id(), first)).isEmpty();
        assertThat(f.memory.dispatches.task(paid.id())).hasValueSatisfying(t -> {
            assertThat(t.stage()).isEqualTo(Stage.IN_PROGRESS);
            assertThat(t.dueAt()).as("next due at the critical time").isEqualTo(Instant.parse("2026-11-25T08:30:00Z"));
        });
    }

    @Test
    void aConfirmationThatBeatsTheSchedulerStands() {
        Order paid = f.paidOrder();
        f.clock.advance(Duration.ofMinutes(20)); // overdue, but the scheduler has not run yet
        f.core.operatorCabinet().confirm(first, paid.id());

        assertThat(f.runScheduled()).isZero();
        assertThat(f.stored(paid).status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(f.stored(paid).operator()).contains(first.id());
    }

    @Test
    void aShorterTimeoutSettingTimesOutSooner() {
        f.memory.settings.put(TIMEOUT_SETTING, "5");
        Order paid = f.paidOrder();

        f.clock.advance(Duration.ofMinutes(4));
        assertThat(f.runScheduled()).isZero();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.runScheduled()).isEqualTo(1);

        assertThat(f.stored(paid).operator()).contains(second.id());
        assertThat(lastStatusEntry(paid, OrderStatus.PAID).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("no answer within 5 min"));
    }

    @Test
    void aLongerTimeoutSettingWaitsLonger() {
        f.memory.settings.put(TIMEOUT_SETTING, "30");
        Order paid = f.paidOrder();

        f.clock.advance(Duration.ofMinutes(15));
        assertThat(f.runScheduled()).as("15 min is not enough now").isZero();
        assertThat(f.stored(paid).operator()).contains(first.id());

        f.clock.advance(Duration.ofMinutes(15));
        assertThat(f.runScheduled()).isEqualTo(1);
        assertThat(f.stored(paid).operator()).contains(second.id());
        assertThat(f.operators.refusal(paid.id(), first)).contains(RefusalKind.TIMED_OUT);
    }
}
