package io.ordercore.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class OrderChangeReasonTest {

    private static final OrderId ID = new OrderId(1);
    private static final Caller ADMIN = Caller.system("a");

    @Test
    void aReasonIsTrimmedAndBlankMeansNone() {
        assertThat(new ChangeOrderStatusCommand(ID, OrderStatus.CANCELLED, ADMIN, "  spam  ").reason()).isEqualTo("spam");
        assertThat(new ChangeOrderStatusCommand(ID, OrderStatus.CANCELLED, ADMIN, "   ").reason()).isNull();
        assertThat(new RescheduleOrderCommand(ID, "2026-11-25", "10:00", "11:00", ADMIN, null).reason()).isNull();
    }

    @Test
    void aReasonOfFiveHundredCharactersIsTheLimit() {
        assertThat(new ChangeOrderStatusCommand(ID, OrderStatus.CANCELLED, ADMIN, "r".repeat(500)).reason()).hasSize(500);
        assertThatThrownBy(() -> new ChangeOrderStatusCommand(ID, OrderStatus.CANCELLED, ADMIN, "r".repeat(501)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("reason");
                    assertThat(e.errors().get(0).code()).isEqualTo("TOO_LONG");
                });
        assertThatThrownBy(() -> new RescheduleOrderCommand(ID, "2026-11-25", "10:00", "11:00", ADMIN, "r".repeat(501)))
                .isInstanceOf(ValidationException.class);
    }
}
