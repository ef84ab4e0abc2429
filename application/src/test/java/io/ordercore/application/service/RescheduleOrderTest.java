package io.ordercore.application.service;

import static io.ordercore.domain.testing.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderFinalException;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.workflow.Actor;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Today is 2026-11-23, 09:00 Moscow; the stored order is booked for 2026-11-25 10:00-12:00. */
class RescheduleOrderTest {

    private static final OrderId ID = new OrderId(5);

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Caller.SignedIn admin = memory.admin();

    private void store(OrderStatus status) {
        memory.orders.save(anOrder().id(ID.value()).status(status).version(0).build());
    }

    private Order reschedule(String date, String start, String end) {
        return memory.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(ID, date, start, end, admin, "client asked"));
    }

    private OrderSnapshot stored() {
        return memory.orders.find(ID).orElseThrow().snapshot();
    }

    @Test
    void the_new_window_is_stored_with_a_window_entry() {
        store(OrderStatus.PAID);

        Order moved = reschedule("2026-11-26", "14:00", "15:30");

        CallWindow expected = new CallWindow(LocalDate.of(2026, 11, 26), LocalTime.of(14, 0), LocalTime.of(15, 30));
        assertThat(moved.details().window()).isEqualTo(expected);
        assertThat(stored().details().window()).isEqualTo(expected);
        assertThat(stored().status()).isEqualTo(OrderStatus.PAID);
        assertThat(stored().version()).isEqualTo(2);
        OrderHistoryEntry entry = stored().history().get(stored().history().size() - 1);
        assertThat(entry.kind()).isEqualTo(OrderHistoryEntry.Kind.WINDOW);
        assertThat(entry.actor()).isEqualTo(Actor.admin("admin@ordercore.test"));
        assertThat(entry.reason()).hasValueSatisfying(r -> assertThat(r).contains("2026-11-25 10:00-12:00")
                .contains("2026-11-26 14:00-15:30").contains("client asked"));
    }

    @ParameterizedTest(name = "{0} {1}-{2} -> {3} {4}")
    @CsvSource({
            "'',         10:00, 11:00, callDate,    REQUIRED",
            "2026/11/26, 10:00, 11:00, callDate,    INVALID_DATE",
            "2026-11-22, 10:00, 11:00, callDate,    DATE_IN_PAST",
            "2027-11-25, 10:00, 11:00, callDate,    DATE_TOO_FAR",
            "2026-11-26, 7:00,  11:00, windowStart, INVALID_TIME",
            "2026-11-26, 10:00, '',    windowEnd,   REQUIRED",
            "2026-11-26, 10:00, 10:00, windowEnd,   WINDOW_NOT_AFTER_START",
            "2026-11-23, 08:00, 09:00, windowEnd,   WINDOW_PASSED"
    })
    void a_bad_window_is_refused_and_the_order_is_untouched(String date, String start, String end, String field, String code) {
        store(OrderStatus.UNPAID);
        OrderSnapshot before = stored();

        assertThatThrownBy(() -> reschedule(date, start, end)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("field", "code").containsExactly(tuple(field, code)));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThatThrownBy(() -> reschedule("2026-11-26", "10:00", "11:00"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void the_window_is_checked_before_the_order_is_looked_up() {
        assertThatThrownBy(() -> reschedule("2026-11-26", "10:00", "09:00")).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "FAILED", "CANCELLED"})
    void a_final_order_keeps_its_window(OrderStatus status) {
        store(status);
        OrderSnapshot before = stored();

        assertThatThrownBy(() -> reschedule("2026-11-26", "10:00", "11:00"))
                .isInstanceOfSatisfying(OrderFinalException.class, e -> assertThat(e.code()).isEqualTo("ORDER_FINAL"));
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_an_administrator_may_reschedule(Role role) {
        store(OrderStatus.UNPAID);
        OrderSnapshot before = stored();
        Caller.SignedIn someone = memory.signedIn(role, "someone@example.com");

        assertThatThrownBy(() -> memory.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(ID, "2026-11-26",
                "10:00", "11:00", someone, null)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void trusted_system_code_passes_the_role_check_but_the_order_itself_still_wants_an_administrator() {
        store(OrderStatus.UNPAID);
        OrderSnapshot before = stored();

        assertThatThrownBy(() -> memory.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(ID, "2026-11-26",
                "10:00", "11:00", Caller.system("scheduler"), null)))
                .isInstanceOfSatisfying(io.ordercore.domain.order.NotPermittedException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_PERMITTED"));
        assertThatThrownBy(() -> memory.core.rescheduleOrder().reschedule(new RescheduleOrderCommand(ID, "2026-11-26",
                "10:00", "11:00", Caller.anonymous(), null)))
                .isInstanceOfSatisfying(UnauthenticatedException.class, e -> assertThat(e.code()).isEqualTo("SIGN_IN_REQUIRED"));
        assertThat(stored()).isEqualTo(before);
    }
}
