package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.application.port.in.TelephonyUseCase.Outcome;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.application.port.out.Dispatches.RefusalKind;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.workflow.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The critical time: 30 min before the window ends (2026-11-25 08:30Z for the default window) an
 * InProgress order without a completed call loses its operator and is dispatched again; an order
 * whose window ends without completion fails and leaves the pipeline.
 */
class CriticalTimeTest {

    private static final String CRITICAL_START = "2026-11-25T08:30:00Z";
    private static final String WINDOW_END = "2026-11-25T09:00:00Z";

    private final DispatchFixture f = new DispatchFixture();

    private Caller.SignedIn operator(String email, int rating) {
        Caller.SignedIn op = f.operators.operator(email, "FEMALE", 30_000);
        f.memory.operators.addToRating(op.id(), rating);
        return op;
    }

    private List<Notification> statusMails(Order order, OrderStatus status) {
        return f.mails(NotificationType.ORDER_STATUS_CHANGED).stream()
                .filter(n -> n.params().get("orderId").equals(order.id().toString()))
                .filter(n -> n.params().get("status").equals(status.name())).toList();
    }

    private Order confirmedBy(Caller.SignedIn operator) {
        Order paid = f.paidOrder();
        assertThat(f.stored(paid).operator()).contains(operator.id());
        f.core.operatorCabinet().confirm(operator, paid.id());
        return paid;
    }

    @Test
    void atCriticalTimeTheSilentOperatorLosesTheOrderToAnother() {
        Caller.SignedIn slow = operator("slow@example.com", 5);
        Caller.SignedIn next = operator("next@example.com", 0);
        Order order = confirmedBy(slow);

        f.at("2026-11-25T08:29:59Z");
        assertThat(f.runScheduled()).isZero();
        assertThat(f.stored(order).operator()).contains(slow.id());

        f.at(CRITICAL_START);
        assertThat(f.runScheduled()).isEqualTo(1);

        Order redispatched = f.stored(order);
        assertThat(redispatched.status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(redispatched.operator()).contains(next.id());
        assertThat(f.operators.refusal(order.id(), slow)).contains(RefusalKind.TIMED_OUT);
        List<OrderHistoryEntry> tail = redispatched.history().subList(redispatched.history().size() - 2,
                redispatched.history().size());
        assertThat(tail).extracting(OrderHistoryEntry::to).containsExactly(OrderStatus.PAID, OrderStatus.OPERATOR_PROPOSED);
        assertThat(tail.get(0).from()).contains(OrderStatus.IN_PROGRESS);
        assertThat(tail.get(0).actor().kind()).isEqualTo(ActorKind.SYSTEM);
        assertThat(tail.get(0).reason()).hasValueSatisfying(r -> assertThat(r).contains("no call result 30 min"));
        assertThat(f.core.dispatch().explain(f.admin, order.id())).last().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.REMOVED);
            assertThat(d.chosen()).contains(next.id());
        });

        assertThat(statusMails(order, OrderStatus.PAID)).filteredOn(m -> "IN_PROGRESS".equals(m.params().get("from")))
                .singleElement().satisfies(mail -> assertThat(mail.recipient()).isEqualTo(f.client.email()));
    }

    @Test
    void theCriticalTimeFollowsTheSetting() {
        f.memory.settings.put("dispatch.critical-time-minutes", "60");
        Caller.SignedIn slow = operator("slow@example.com", 5);
        Caller.SignedIn next = operator("next@example.com", 0);
        Order order = confirmedBy(slow);

        f.at("2026-11-25T08:00:00Z");
        assertThat(f.runScheduled()).isEqualTo(1);
        assertThat(f.stored(order).operator()).contains(next.id());
    }

    @Test
    void anOrderCompletedBeforeCriticalTimeIsLeftAlone() {
        Caller.SignedIn fast = operator("fast@example.com", 5);
        operator("next@example.com", 0);
        Order order = confirmedBy(fast);
        assertThat(f.completingCall(order, fast)).isEqualTo(Outcome.COMPLETED);

        f.at(CRITICAL_START);
        assertThat(f.runScheduled()).isZero();
        f.at(WINDOW_END);
        assertThat(f.runScheduled()).isZero();

        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(f.stored(order).operator()).contains(fast.id());
        assertThat(f.memory.dispatches.task(order.id())).isEmpty();
    }

    @Test
    void anOperatorWhoConfirmedInsideCriticalTimeKeepsTheOrderUntilTheWindowEnds() {
        Caller.SignedIn slow = operator("slow@example.com", 5);
        Caller.SignedIn late = operator("late@example.com", 0);
        Order order = confirmedBy(slow);
        f.at(CRITICAL_START);
        f.runScheduled(); // slow removed, late proposed

        f.at("2026-11-25T08:35:00Z");
        f.core.operatorCabinet().confirm(late, order.id());
        assertThat(f.memory.dispatches.task(order.id())).hasValueSatisfying(t ->
                assertThat(t.dueAt()).isEqualTo(java.time.Instant.parse(WINDOW_END)));

        f.at("2026-11-25T08:59:59Z");
        assertThat(f.runScheduled()).isZero();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(f.stored(order).operator()).contains(late.id());
    }

    @Test
    void anInProgressOrderWhoseWindowEndsWithoutACompletedCallFails() {
        Caller.SignedIn slow = operator("slow@example.com", 5);
        Caller.SignedIn late = operator("late@example.com", 0);
        Order order = confirmedBy(slow);
        f.at(CRITICAL_START);
        f.runScheduled();
        f.at("2026-11-25T08:35:00Z");
        f.core.operatorCabinet().confirm(late, order.id());
        assertThat(f.core.telephony().report(f.call(order, late, 10, null, false))).isEqualTo(Outcome.TOO_SHORT);

        f.at(WINDOW_END);
        assertThat(f.runScheduled()).isEqualTo(1);

        Order failed = f.stored(order);
        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(failed.operator()).isEmpty();
        assertThat(failed.history().get(failed.history().size() - 1).from()).contains(OrderStatus.IN_PROGRESS);
        assertThat(f.memory.dispatches.task(order.id())).as("out of the pipeline").isEmpty();
        assertThat(statusMails(order, OrderStatus.FAILED)).singleElement()
                .satisfies(mail -> assertThat(mail.params()).containsEntry("from", "IN_PROGRESS"));
        assertThat(f.core.operatorCabinet().myOrders(late, 10)).isEmpty();

        f.clock.advance(java.time.Duration.ofHours(1));
        assertThat(f.runScheduled()).as("nothing left to do").isZero();
    }

    @Test
    void aPaidOrderNobodyTookFailsOnceItsWindowEnds() {
        Order order = f.paidOrder();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);

        f.at("2026-11-25T08:58:00Z");
        f.runScheduled();
        assertThat(f.stored(order).status()).as("the window still runs").isEqualTo(OrderStatus.PAID);

        f.at("2026-11-25T09:03:00Z");
        assertThat(f.runScheduled()).isEqualTo(1);

        Order failed = f.stored(order);
        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(failed.history().get(failed.history().size() - 1).from()).contains(OrderStatus.PAID);
        assertThat(f.memory.dispatches.task(order.id())).isEmpty();
        assertThat(f.core.dispatch().awaitingOperator(f.admin, 10)).isEmpty();
        assertThat(statusMails(order, OrderStatus.FAILED)).hasSize(1);

        operator("too-late@example.com", 0);
        f.clock.advance(java.time.Duration.ofMinutes(10));
        assertThat(f.runScheduled()).isZero();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.FAILED);
    }

    @Test
    void aProposalThatTimesOutAfterTheWindowEndedFailsTheOrder() {
        Caller.SignedIn silent = operator("silent@example.com", 5);
        operator("other@example.com", 0);
        f.at("2026-11-25T08:50:00Z");
        Order order = f.paidOrder();
        assertThat(f.stored(order).operator()).contains(silent.id());

        f.at("2026-11-25T09:05:00Z");
        assertThat(f.runScheduled()).isEqualTo(1);

        Order failed = f.stored(order);
        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(failed.operator()).isEmpty();
        assertThat(failed.history()).filteredOn(e -> e.kind() == OrderHistoryEntry.Kind.STATUS)
                .extracting(OrderHistoryEntry::to)
                .endsWith(OrderStatus.OPERATOR_PROPOSED, OrderStatus.PAID, OrderStatus.FAILED);
        assertThat(f.memory.dispatches.task(order.id())).isEmpty();
        assertThat(f.core.operatorCabinet().proposals(silent)).isEmpty();
    }

    @Test
    void whenNobodyElseCanTakeItTheRemovedOrderWaitsAndThenFails() {
        Caller.SignedIn only = operator("only@example.com", 0);
        Order order = confirmedBy(only);

        f.at(CRITICAL_START);
        assertThat(f.runScheduled()).isEqualTo(1);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.core.dispatch().awaitingOperator(f.admin, 10)).extracting(Dispatches.Task::order)
                .containsExactly(order.id());

        f.at("2026-11-25T09:01:00Z");
        assertThat(f.runScheduled()).isEqualTo(1);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(f.memory.dispatches.task(order.id())).isEmpty();
    }

    @Test
    void aWindowMovedLaterMovesTheCriticalTimeWithIt() {
        Caller.SignedIn keeper = operator("keeper@example.com", 5);
        operator("other@example.com", 0);
        Order order = confirmedBy(keeper);
        f.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(order.id(), "2026-11-27", "10:00", "12:00",
                f.admin, "the recipient is away"));

        f.at(CRITICAL_START); // the old window's critical time: the new window is two days later
        f.runScheduled();

        Order kept = f.stored(order);
        assertThat(kept.status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(kept.operator()).as("keeps the order until 2026-11-27 08:30Z").contains(keeper.id());
    }

    @Test
    void aWindowMovedEarlierBringsTheCriticalTimeForward() {
        Caller.SignedIn slow = operator("slow@example.com", 5);
        Caller.SignedIn next = operator("next@example.com", 0);
        Order order = confirmedBy(slow);
        f.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(order.id(), "2026-11-24", "10:00", "12:00",
                f.admin, "the birthday is a day earlier"));

        f.at("2026-11-24T08:30:00Z");
        f.runScheduled();

        assertThat(f.stored(order).operator()).as("the new window's critical time has come").contains(next.id());
    }
}
