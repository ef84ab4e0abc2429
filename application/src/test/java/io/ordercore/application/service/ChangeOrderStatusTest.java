package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeOrderStatusTest {

    private static final Caller SYSTEM = Caller.system("gateway");

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private OrderId id;

    @BeforeEach
    void placeOne() {
        long callType = new TestCatalog(core.manageCatalog()).birthdayGreeting().id().value();
        id = core.placeCallOrder().place(Caller.anonymous(), aForm(callType).build()).order().id();
        clock.advance(Duration.ofMinutes(10));
    }

    private Order change(OrderStatus target, Caller caller, String reason) {
        return core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(id, target, caller, reason));
    }

    private OrderSnapshot stored() {
        return memory.orders.find(id).orElseThrow().snapshot();
    }

    @Test
    void an_allowed_change_is_stored_with_its_history_entry() {
        Order changed = change(OrderStatus.CANCELLED, admin, "client called to cancel");

        assertThat(changed.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(changed.version()).isEqualTo(2);
        OrderSnapshot stored = stored();
        assertThat(stored).isEqualTo(changed.snapshot());
        assertThat(stored.updatedAt()).isEqualTo(clock.instant());
        OrderHistoryEntry last = stored.history().get(1);
        assertThat(last.from()).contains(OrderStatus.UNPAID);
        assertThat(last.to()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(last.actor()).isEqualTo(new Actor(ActorKind.ADMIN, "admin@ordercore.test"));
        assertThat(last.reason()).contains("client called to cancel");
        assertThat(last.at()).isEqualTo(clock.instant());
    }

    @Test
    void an_errored_order_that_was_never_paid_is_requeued_as_unpaid() {
        change(OrderStatus.ERROR, SYSTEM, "gateway fault");

        assertThatThrownBy(() -> change(OrderStatus.PAID, admin, "requeue")).isInstanceOf(IllegalTransitionException.class);
        Order requeued = change(OrderStatus.UNPAID, admin, "requeue");

        assertThat(requeued.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(stored().history()).extracting(OrderHistoryEntry::to)
                .containsExactly(OrderStatus.UNPAID, OrderStatus.ERROR, OrderStatus.UNPAID);
        assertThat(requeued.version()).isEqualTo(3);
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThatThrownBy(() -> core.changeOrderStatus().changeStatus(
                new ChangeOrderStatusCommand(new OrderId(404), OrderStatus.CANCELLED, admin, null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_FOUND");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                });
    }

    @Test
    void an_illegal_transition_leaves_the_stored_order_untouched() {
        OrderSnapshot before = stored();
        int committed = memory.store.transactionsCommitted();
        int outboxed = memory.outbox.all().size();

        assertThatThrownBy(() -> change(OrderStatus.COMPLETED, admin, "skip ahead"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.current()).isEqualTo("UNPAID");
                    assertThat(e.attempted()).isEqualTo("COMPLETED");
                });
        // Paid needs a payment: not a plain change, even for the system.
        assertThatThrownBy(() -> change(OrderStatus.PAID, SYSTEM, null)).isInstanceOf(IllegalTransitionException.class);
        // Cancelling is for administrators.
        assertThatThrownBy(() -> change(OrderStatus.CANCELLED, SYSTEM, null)).isInstanceOf(IllegalTransitionException.class);

        assertThat(stored()).isEqualTo(before);
        assertThat(memory.outbox.all()).hasSize(outboxed);
        // The only commits are the three refusals' own audit records.
        assertThat(memory.store.transactionsCommitted()).isEqualTo(committed + 3);
        assertThat(memory.audit.all()).filteredOn(e -> e.outcome() == AuditEntry.Outcome.REFUSED)
                .extracting(e -> e.errorCode().orElseThrow()).containsExactly("ILLEGAL_TRANSITION", "ILLEGAL_TRANSITION",
                        "ILLEGAL_TRANSITION");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_an_administrator_or_the_system_may_change_a_status(Role role) {
        Caller.SignedIn someone = memory.signedIn(role, role.name().toLowerCase() + "@ordercore.test");
        OrderSnapshot before = stored();

        assertThatThrownBy(() -> change(OrderStatus.CANCELLED, someone, null))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> change(OrderStatus.CANCELLED, Caller.anonymous(), null))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));

        assertThat(stored()).isEqualTo(before);
        assertThat(change(OrderStatus.ERROR, SYSTEM, "fault").status()).isEqualTo(OrderStatus.ERROR);
    }

    @Test
    void a_final_order_cannot_move_any_more() {
        change(OrderStatus.CANCELLED, admin, null);
        OrderSnapshot cancelled = stored();

        for (OrderStatus target : OrderStatus.values()) {
            assertThatThrownBy(() -> change(target, admin, null)).isInstanceOf(IllegalTransitionException.class);
        }
        assertThat(stored()).isEqualTo(cancelled);
    }

    @Test
    void saving_a_stale_copy_is_refused_at_the_port() {
        Order first = memory.orders.find(id).orElseThrow();
        Order second = memory.orders.find(id).orElseThrow();
        first.changeStatus(OrderStatus.CANCELLED, admin.actor(), "first", clock);
        memory.orders.save(first);

        second.changeStatus(OrderStatus.ERROR, SYSTEM.actor(), "second", clock);
        assertThatThrownBy(() -> memory.orders.save(second))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.code()).isEqualTo("CONCURRENT_UPDATE");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });

        assertThat(stored().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stored().history()).hasSize(2);
        assertThat(stored().version()).isEqualTo(2);
    }

    @Test
    void a_change_based_on_a_stale_read_is_refused_and_writes_nothing() {
        Order loadedEarlier = memory.orders.find(id).orElseThrow();
        change(OrderStatus.CANCELLED, admin, "meanwhile");
        OrderSnapshot afterCancel = stored();
        Ordercore slowInstance = new Ordercore(new Ordercore.Ports(new LoadedEarlier(memory.orders, loadedEarlier),
                memory.catalog, memory.ids, memory.store, new SimplePhoneNumbers(), clock, memory.accounts, memory.points,
                memory.hasher, memory.revokedTokens, memory.audit, memory.outbox, memory.sender, memory.coupons, memory.settings,
                memory.fulfilment(), memory.finance(), memory.partnership()));

        assertThatThrownBy(() -> slowInstance.changeOrderStatus()
                .changeStatus(new ChangeOrderStatusCommand(id, OrderStatus.ERROR, SYSTEM, "late")))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(stored()).isEqualTo(afterCancel);
    }

    @Test
    void after_a_concurrent_update_reading_again_and_retrying_works() {
        Order stale = memory.orders.find(id).orElseThrow();
        change(OrderStatus.ERROR, SYSTEM, "fault");
        stale.changeStatus(OrderStatus.CANCELLED, admin.actor(), "stale", clock);
        assertThatThrownBy(() -> memory.orders.save(stale)).isInstanceOf(ConcurrentUpdateException.class);

        Order retried = change(OrderStatus.CANCELLED, admin, "retry");

        assertThat(retried.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(retried.history()).extracting(OrderHistoryEntry::to)
                .containsExactly(OrderStatus.UNPAID, OrderStatus.ERROR, OrderStatus.CANCELLED);
    }

    @Test
    void the_command_needs_order_target_and_actor() {
        assertThatThrownBy(() -> new ChangeOrderStatusCommand(null, OrderStatus.PAID, admin, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ChangeOrderStatusCommand(id, null, admin, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ChangeOrderStatusCommand(id, OrderStatus.PAID, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    /** An instance that read the order before someone else changed it. */
    private record LoadedEarlier(Orders delegate, Order copy) implements Orders {
        @Override
        public Optional<Order> find(OrderId orderId) {
            return Optional.of(Order.rehydrate(copy.snapshot()));
        }

        @Override
        public Order save(Order order) {
            return delegate.save(order);
        }

        @Override
        public OrderPage list(OrderListQuery query) {
            return delegate.list(query);
        }

        @Override
        public Map<OrderStatus, StatusTotals> totalsByStatus(AccountId owner) {
            return delegate.totalsByStatus(owner);
        }

        @Override
        public long paidOrdinal(AccountId owner, Instant firstPaidAt, OrderId order) {
            return delegate.paidOrdinal(owner, firstPaidAt, order);
        }

        @Override
        public Map<OrderId, OrderStatus> statuses(Collection<OrderId> ids) {
            return delegate.statuses(ids);
        }

        @Override
        public Set<OrderId> deleteIfStatusIn(Collection<OrderId> ids, Set<OrderStatus> deletable) {
            return delegate.deleteIfStatusIn(ids, deletable);
        }
    }
}
