package io.ordercore.application.dispatch;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.CallReport;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.TelephonyUseCase.Outcome;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.CallOrderForms;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.application.testing.TestOperators;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import java.time.Instant;
import java.util.List;

/**
 * The setup every dispatch test starts from, as in {@link DispatchFlowTest}: the core in memory at
 * 2026-11-23 09:00 Moscow, a 500-rouble "Birthday greeting", a signed-in client, and orders paid at
 * placement by a FULL coupon. The default window is 2026-11-25 10:00-12:00 Moscow (07:00-09:00Z).
 */
final class DispatchFixture {

    final MutableClock clock = MutableClock.atDefaultNow();
    final InMemoryCore memory = new InMemoryCore(clock);
    final Ordercore core = memory.core;
    final Caller.SignedIn admin = memory.admin();
    final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    final TestOperators operators = new TestOperators(memory, admin);
    final TestCatalog catalog = new TestCatalog(core.manageCatalog(), admin);
    final long callType = catalog.birthdayGreeting().id().value();
    final Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");

    /** A form for the birthday greeting with the default window. */
    CallOrderForms form() {
        return aForm(callType);
    }

    /** The client's order of the default form, paid in full at placement (so dispatched at once). */
    Order paidOrder() {
        return paidOrder(client, form());
    }

    Order paidOrder(CallOrderForms form) {
        return paidOrder(client, form);
    }

    Order paidOrder(Caller.SignedIn by, CallOrderForms form) {
        return core.placeCallOrder().place(by, form.with("couponCode", coupons.full()).build()).order();
    }

    Order stored(Order order) {
        return stored(order.id());
    }

    Order stored(OrderId id) {
        return memory.orders.find(id).orElseThrow();
    }

    Caller.SignedIn staff(Role role) {
        return memory.signedIn(role, role.name().toLowerCase(java.util.Locale.ROOT) + "@ordercore.test");
    }

    void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    static final Caller SCHEDULER = Caller.system("scheduler");

    int runScheduled() {
        return core.dispatch().runScheduled(SCHEDULER, 50);
    }

    CallReport call(Order order, Caller.SignedIn operator, long seconds, String url, boolean ready) {
        return new CallReport(order.id().value(), operator.id().value(), "2026-11-25T07:10:00Z", "2026-11-25T07:10:30Z",
                seconds, url, "ANSWERED", ready);
    }

    /** A 25-second call without a recording yet: completes the order the operator holds in progress. */
    Outcome completingCall(Order order, Caller.SignedIn operator) {
        return core.telephony().report(call(order, operator, 25, null, false));
    }

    /** Places a paid order that dispatch must propose to {@code operator}, who confirms it and completes it by a call. */
    Order completedBy(Caller.SignedIn operator) {
        return completedBy(client, operator);
    }

    Order completedBy(Caller.SignedIn owner, Caller.SignedIn operator) {
        Order paid = paidOrder(owner, form());
        assertThat(stored(paid).operator()).as("proposed to the expected operator").contains(operator.id());
        core.operatorCabinet().confirm(operator, paid.id());
        assertThat(completingCall(paid, operator)).isEqualTo(Outcome.COMPLETED);
        Order completed = stored(paid);
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        return completed;
    }

    List<Notification> mails(NotificationType type) {
        return memory.outbox.all().stream().map(m -> m.notification()).filter(n -> n.type() == type).toList();
    }
}
