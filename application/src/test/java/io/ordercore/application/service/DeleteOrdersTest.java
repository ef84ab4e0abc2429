package io.ordercore.application.service;

import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.in.DeleteOrdersUseCase.DeleteOrdersCommand;
import io.ordercore.application.port.in.DeleteOrdersUseCase.DeleteOrdersResult;
import io.ordercore.application.port.in.DeleteOrdersUseCase.KeptReason;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeleteOrdersTest {

    private final InMemoryCore memory = new InMemoryCore(MutableClock.atDefaultNow());
    private final Caller.SignedIn admin = memory.admin();

    /** Stores one order per status, with id = ordinal + 1. */
    private void storeOnePerStatus() {
        for (OrderStatus status : OrderStatus.values()) {
            memory.orders.save(anOrder().id(status.ordinal() + 1).status(status).version(0).build());
        }
    }

    private static OrderId idOf(OrderStatus status) {
        return new OrderId(status.ordinal() + 1);
    }

    private static List<OrderId> ids(long... values) {
        return LongStream.of(values).mapToObj(OrderId::new).toList();
    }

    private DeleteOrdersResult delete(List<OrderId> ids) {
        return memory.core.deleteOrders().delete(new DeleteOrdersCommand(ids, admin));
    }

    @Test
    void deletes_only_unpaid_cancelled_and_failed_orders_and_says_why_it_kept_the_rest() {
        storeOnePerStatus();
        List<OrderId> all = new java.util.ArrayList<>(LongStream.rangeClosed(1, 8).mapToObj(OrderId::new).toList());
        all.add(new OrderId(404));

        DeleteOrdersResult result = delete(all);

        assertThat(result.deleted()).containsExactly(idOf(OrderStatus.UNPAID), idOf(OrderStatus.FAILED), idOf(OrderStatus.CANCELLED));
        assertThat(result.kept()).containsOnly(
                entry(idOf(OrderStatus.PAID), KeptReason.NOT_DELETABLE),
                entry(idOf(OrderStatus.OPERATOR_PROPOSED), KeptReason.NOT_DELETABLE),
                entry(idOf(OrderStatus.IN_PROGRESS), KeptReason.NOT_DELETABLE),
                entry(idOf(OrderStatus.COMPLETED), KeptReason.NOT_DELETABLE),
                entry(idOf(OrderStatus.ERROR), KeptReason.NOT_DELETABLE),
                entry(new OrderId(404), KeptReason.NOT_FOUND));
        assertThat(memory.orders.statuses(all).values())
                .containsExactlyInAnyOrder(OrderStatus.PAID, OrderStatus.OPERATOR_PROPOSED, OrderStatus.IN_PROGRESS,
                        OrderStatus.COMPLETED, OrderStatus.ERROR);
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void an_order_is_deletable_exactly_when_its_status_is_listed(OrderStatus status) {
        memory.orders.save(anOrder().id(1).status(status).version(0).build());
        boolean deletable = status == OrderStatus.UNPAID || status == OrderStatus.CANCELLED || status == OrderStatus.FAILED;

        DeleteOrdersResult result = delete(ids(1));

        assertThat(DeleteOrdersUseCase.DELETABLE.contains(status)).isEqualTo(deletable);
        assertThat(result.deleted().isEmpty()).isEqualTo(!deletable);
        assertThat(memory.orders.find(new OrderId(1)).isPresent()).isEqualTo(!deletable);
        if (!deletable) {
            assertThat(result.kept()).containsExactly(entry(new OrderId(1), KeptReason.NOT_DELETABLE));
        }
    }

    @Test
    void deleted_ids_come_back_in_the_order_given_without_duplicates() {
        storeOnePerStatus();
        OrderId unpaid = idOf(OrderStatus.UNPAID);
        OrderId cancelled = idOf(OrderStatus.CANCELLED);

        DeleteOrdersResult result = delete(List.of(cancelled, unpaid, cancelled, unpaid));

        assertThat(result.deleted()).containsExactly(cancelled, unpaid);
        assertThat(result.kept()).isEmpty();
    }

    @Test
    void deleting_again_reports_not_found() {
        storeOnePerStatus();
        delete(ids(1));

        DeleteOrdersResult again = delete(ids(1));

        assertThat(again.deleted()).isEmpty();
        assertThat(again.kept()).containsExactly(entry(new OrderId(1), KeptReason.NOT_FOUND));
    }

    @Test
    void the_command_takes_1_to_1000_ids() {
        List<OrderId> thousand = LongStream.rangeClosed(1, 1000).mapToObj(OrderId::new).toList();
        List<OrderId> tooMany = LongStream.rangeClosed(1, 1001).mapToObj(OrderId::new).toList();

        assertThat(new DeleteOrdersCommand(thousand, admin).ids()).hasSize(1000);
        assertThatThrownBy(() -> new DeleteOrdersCommand(List.of(), admin)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field").containsExactly("ids"));
        assertThatThrownBy(() -> new DeleteOrdersCommand(tooMany, admin)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field", "code")
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("ids", "OUT_OF_RANGE")));
        assertThatThrownBy(() -> new DeleteOrdersCommand(List.of(new OrderId(1)), null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void a_full_command_of_unknown_ids_deletes_nothing(int count) {
        storeOnePerStatus();
        List<OrderId> unknown = LongStream.rangeClosed(1001, 1000L + count).mapToObj(OrderId::new).toList();

        DeleteOrdersResult result = delete(unknown);

        assertThat(result.deleted()).isEmpty();
        assertThat(result.kept()).hasSize(count).containsValue(KeptReason.NOT_FOUND).doesNotContainValue(KeptReason.NOT_DELETABLE);
        assertThat(memory.orders.statuses(ids(1, 2, 3, 4, 5, 6, 7, 8))).hasSize(8);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_an_administrator_may_delete_and_a_refusal_deletes_nothing(Role role) {
        storeOnePerStatus();
        Caller.SignedIn someone = memory.signedIn(role, "someone@example.com");

        assertThatThrownBy(() -> memory.core.deleteOrders().delete(new DeleteOrdersCommand(ids(1, 7, 8), someone)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));

        assertThat(memory.orders.statuses(ids(1, 2, 3, 4, 5, 6, 7, 8))).hasSize(8);
    }
}
