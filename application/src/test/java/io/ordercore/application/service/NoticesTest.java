package io.ordercore.application.service;

import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which order changes a client hears about, and in which language: every plain status change an
 * administrator or the system can make, and a reschedule.
 */
class NoticesTest {

    private static final OrderId ID = new OrderId(7);

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Caller.SignedIn admin = memory.admin();
    private final Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");

    private void store(TestOrders order) {
        memory.orders.save(order.id(ID.value()).owner(client.id().value()).client("Client", "client@example.com")
                .price(Money.kopecks(50_050)).version(0).build());
    }

    private List<Notification> sentNotices() {
        return memory.outbox.all().stream().map(OutboxMessage::notification).toList();
    }

    @ParameterizedTest(name = "{2}: {0} -> {1} notifies: {3}")
    @CsvSource({
            "UNPAID,            CANCELLED, ADMIN,  true",
            "UNPAID,            ERROR,     SYSTEM, false",
            "PAID,              FAILED,    SYSTEM, true",
            "PAID,              CANCELLED, ADMIN,  true",
            "PAID,              ERROR,     SYSTEM, false",
            "OPERATOR_PROPOSED, PAID,      SYSTEM, true",
            "OPERATOR_PROPOSED, FAILED,    ADMIN,  true",
            "OPERATOR_PROPOSED, CANCELLED, ADMIN,  true",
            "IN_PROGRESS,       PAID,      ADMIN,  true",
            "IN_PROGRESS,       FAILED,    SYSTEM, true",
            "IN_PROGRESS,       CANCELLED, ADMIN,  true",
            "IN_PROGRESS,       ERROR,     SYSTEM, false",
            "ERROR,             UNPAID,    ADMIN,  false",
            "ERROR,             CANCELLED, ADMIN,  true"
    })
    void a_client_hears_about_the_statuses_that_matter_to_them(OrderStatus from, OrderStatus to, String who, boolean notified) {
        store(anOrder().status(from));
        Caller caller = who.equals("ADMIN") ? admin : Caller.system("dispatcher");

        memory.core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(ID, to, caller, null));

        if (notified) {
            assertThat(sentNotices()).singleElement().satisfies(n -> {
                assertThat(n.type()).isEqualTo(NotificationType.ORDER_STATUS_CHANGED);
                assertThat(n.recipient().value()).isEqualTo("client@example.com");
                assertThat(n.language()).as("the owner's language").isEqualTo(Language.EN);
                assertThat(n.params()).containsEntry("orderId", "7").containsEntry("status", to.name())
                        .containsEntry("from", from.name()).containsEntry("total", "500.50");
                assertThat(n.secretParams()).isEmpty();
            });
        } else {
            assertThat(sentNotices()).isEmpty();
        }
    }

    @Test
    void an_error_that_goes_back_to_paid_is_news_too() {
        store(anOrder().wasOnceIn(OrderStatus.PAID).status(OrderStatus.ERROR));

        memory.core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(ID, OrderStatus.PAID, admin, null));

        assertThat(sentNotices()).extracting(Notification::type).containsExactly(NotificationType.ORDER_STATUS_CHANGED);
    }

    @Test
    void a_rescheduled_call_is_announced_with_its_new_window() {
        store(anOrder().status(OrderStatus.PAID));

        memory.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(ID, "2026-11-27", "15:00", "16:00", admin, null));

        assertThat(sentNotices()).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.ORDER_RESCHEDULED);
            assertThat(n.recipient().value()).isEqualTo("client@example.com");
            assertThat(n.params()).containsEntry("callDate", "2026-11-27").containsEntry("windowStart", "15:00")
                    .containsEntry("windowEnd", "16:00");
        });
    }

    @Test
    void an_order_from_before_accounts_existed_is_announced_in_russian() {
        memory.orders.save(anOrder().id(ID.value()).noOwner().status(OrderStatus.PAID).version(0).build());

        memory.core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(ID, OrderStatus.CANCELLED, admin, null));

        assertThat(sentNotices()).singleElement().satisfies(n -> {
            assertThat(n.language()).isEqualTo(Language.RU);
            assertThat(n.recipient().value()).isEqualTo("ivan@example.com");
        });
    }

    @Test
    void a_refused_change_announces_nothing() {
        store(anOrder().status(OrderStatus.UNPAID));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> memory.core.changeOrderStatus().changeStatus(
                new ChangeOrderStatusCommand(ID, OrderStatus.COMPLETED, admin, null)))
                .isInstanceOf(io.ordercore.domain.workflow.IllegalTransitionException.class);

        assertThat(sentNotices()).isEmpty();
    }
}
