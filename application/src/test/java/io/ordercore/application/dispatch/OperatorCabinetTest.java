package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The operator's own side: answering proposals, how many orders they hold, and what they see. */
class OperatorCabinetTest {

    private final DispatchFixture f = new DispatchFixture();

    private Caller.SignedIn operator(String email, int rating) {
        Caller.SignedIn op = f.operators.operator(email, "FEMALE", 30_000);
        f.memory.operators.addToRating(op.id(), rating);
        return op;
    }

    @Test
    void onlyTheOperatorHoldingTheProposalMayAnswerIt() {
        Caller.SignedIn holder = operator("holder@example.com", 5);
        Caller.SignedIn other = operator("other@example.com", 0);
        Order order = f.paidOrder();
        assertThat(f.stored(order).operator()).contains(holder.id());

        assertThatThrownBy(() -> f.core.operatorCabinet().confirm(other, order.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.core.operatorCabinet().refuse(other, order.id(), "mine now"))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(f.stored(order).operator()).contains(holder.id());
        assertThat(f.operators.refusal(order.id(), holder)).isEmpty();
        assertThat(f.operators.refusal(order.id(), other)).isEmpty();

        assertThat(f.core.operatorCabinet().confirm(holder, order.id()).status()).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        Caller.SignedIn op = operator("op@example.com", 0);

        assertThatThrownBy(() -> f.core.operatorCabinet().confirm(op, new io.ordercore.domain.shared.OrderId(999_999)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void clientsAndStaffHaveNoOperatorCabinet() {
        Caller.SignedIn holder = operator("holder@example.com", 0);
        Order order = f.paidOrder();

        assertThatThrownBy(() -> f.core.operatorCabinet().confirm(f.client, order.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.operatorCabinet().refuse(f.client, order.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.operatorCabinet().confirm(f.admin, order.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.operatorCabinet().proposals(f.client)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.operatorCabinet().myOrders(f.client, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(f.stored(order).operator()).contains(holder.id());
    }

    @Test
    void withCapacityTwoAnOperatorHoldsTwoOrdersAndNoThird() {
        Caller.SignedIn busy = operator("busy@example.com", 0);
        f.operators.capacity(busy, 2);

        Order one = f.paidOrder();
        Order two = f.paidOrder();
        Order three = f.paidOrder();

        assertThat(f.stored(one).operator()).contains(busy.id());
        assertThat(f.stored(two).operator()).contains(busy.id());
        assertThat(f.core.operatorCabinet().proposals(busy)).extracting(Order::id).containsExactlyInAnyOrder(one.id(), two.id());
        f.core.operatorCabinet().confirm(busy, one.id());
        f.core.operatorCabinet().confirm(busy, two.id());
        assertThat(f.stored(three).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.operators.profile(busy).activeOrders()).isEqualTo(2);
        f.clock.advance(Duration.ofMinutes(5));
        f.runScheduled();
        assertThat(f.stored(three).status()).as("two in progress fill a capacity of two").isEqualTo(OrderStatus.PAID);
    }

    @Test
    void withCapacityOneTheSecondOrderGoesToAnotherOperator() {
        Caller.SignedIn best = operator("best@example.com", 5);
        Caller.SignedIn other = operator("other@example.com", 0);

        Order one = f.paidOrder();
        Order two = f.paidOrder();

        assertThat(f.stored(one).operator()).contains(best.id());
        assertThat(f.stored(two).operator()).as("best is full").contains(other.id());
    }

    @Test
    void withCapacityOneTheSecondOrderWaitsUntilTheFirstIsDone() {
        Caller.SignedIn only = operator("only@example.com", 0);
        Order one = f.paidOrder();
        f.core.operatorCabinet().confirm(only, one.id());

        Order two = f.paidOrder();
        assertThat(f.stored(two).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.core.dispatch().awaitingOperator(f.admin, 10)).extracting(Dispatches.Task::order)
                .containsExactly(two.id());
        f.clock.advance(Duration.ofMinutes(5));
        f.runScheduled();
        assertThat(f.stored(two).status()).as("an order in progress still counts").isEqualTo(OrderStatus.PAID);

        f.completingCall(one, only);
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.runScheduled()).isEqualTo(1);
        assertThat(f.stored(two).operator()).as("free again").contains(only.id());
    }

    @Test
    void pausedAndFrozenOperatorsAreProposedNothing() {
        Caller.SignedIn paused = operator("paused@example.com", 5);
        Caller.SignedIn frozen = operator("frozen@example.com", 5);
        f.operators.state(paused, OperatorState.PAUSED);
        f.operators.state(frozen, OperatorState.FROZEN);

        Order order = f.paidOrder();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        f.clock.advance(Duration.ofMinutes(5));
        f.runScheduled();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.core.operatorCabinet().proposals(paused)).isEmpty();
        assertThat(f.core.operatorCabinet().proposals(frozen)).isEmpty();
        assertThatThrownBy(() -> f.core.dispatch().assign(f.admin, order.id(), frozen.id().value(), false, null))
                .isInstanceOfSatisfying(io.ordercore.domain.shared.RefusedException.class,
                        e -> assertThat(e.getMessage()).contains("state FROZEN"));

        f.operators.state(paused, OperatorState.ACTIVE);
        f.clock.advance(Duration.ofMinutes(5));
        f.runScheduled();
        assertThat(f.stored(order).operator()).as("back at work").contains(paused.id());
    }

    @Test
    void aPausedOperatorKeepsTheProposalTheyHoldAndMayConfirmIt() {
        Caller.SignedIn op = operator("op@example.com", 0);
        Order order = f.paidOrder();

        f.operators.state(op, OperatorState.PAUSED);

        assertThat(f.stored(order).operator()).contains(op.id());
        assertThat(f.core.operatorCabinet().confirm(op, order.id()).status()).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void myOrdersListsTheOrdersIHoldAndNoOneElses() {
        Caller.SignedIn mine = operator("mine@example.com", 5);
        Caller.SignedIn theirs = operator("theirs@example.com", 0);
        f.operators.capacity(mine, 2);
        Order first = f.paidOrder();
        Order second = f.paidOrder();
        Order third = f.paidOrder();
        f.core.operatorCabinet().confirm(mine, first.id());

        assertThat(f.core.operatorCabinet().myOrders(mine, 10)).extracting(Order::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(f.core.operatorCabinet().myOrders(theirs, 10)).extracting(Order::id).containsExactly(third.id());
        assertThat(f.core.operatorCabinet().myOrders(mine, 1)).hasSize(1);

        f.core.operatorCabinet().refuse(mine, second.id(), null);
        assertThat(f.core.operatorCabinet().myOrders(mine, 10)).extracting(Order::id).containsExactly(first.id());
    }

    @Test
    void myOrdersPutsTheOrdersInProgressFirst() {
        // OperatorCabinetUseCase.myOrders: "in progress first, then the rest, newest first"
        Caller.SignedIn op = operator("op@example.com", 0);
        f.operators.capacity(op, 3);
        Order older = f.paidOrder();
        f.clock.advance(Duration.ofMinutes(1));
        Order newer = f.paidOrder();
        f.clock.advance(Duration.ofMinutes(1));
        Order newest = f.paidOrder();
        f.core.operatorCabinet().confirm(op, older.id());

        assertThat(f.core.operatorCabinet().myOrders(op, 10)).extracting(Order::id)
                .containsExactly(older.id(), newest.id(), newer.id());
    }

    @Test
    void aSignedInStaffMemberIsNotAnOperator() {
        assertThatThrownBy(() -> f.core.operatorCabinet().proposals(f.staff(Role.SUPERVISOR)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
