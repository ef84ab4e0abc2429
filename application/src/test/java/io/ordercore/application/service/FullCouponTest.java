package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PlacedOrder;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.workflow.Actor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 100% coupon pays the order: Unpaid to Paid at once, total zero, the coupon recorded as the
 * payment, the client told, and the order then on its way like any paid order. No gateway exists
 * in the core, so none can be called.
 */
class FullCouponTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private Caller.SignedIn client;
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        client = memory.signedIn(Role.CLIENT, "client@example.com");
    }

    private List<OutboxMessage> outboxOf(NotificationType type) {
        return memory.outbox.all().stream().filter(m -> m.notification().type() == type).toList();
    }

    private void assertPaidByCoupon(Order order, String code, String placedBy, Instant paidAt) {
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.price().price()).isEqualTo(Money.roubles(500));
        assertThat(order.price().discount()).isEqualTo(Money.roubles(500));
        assertThat(order.price().total()).isEqualTo(Money.kopecks(0));
        assertThat(order.price().coupon().orElseThrow().kind()).isEqualTo(CouponKind.FULL);
        assertThat(order.price().coupon().orElseThrow().percent()).isEqualTo(100);
        assertThat(order.firstPaidAt()).contains(paidAt);
        assertThat(order.operator()).isEmpty();
        assertThat(order.history()).extracting(OrderHistoryEntry::kind, OrderHistoryEntry::to, e -> e.actor().id())
                .containsExactly(
                        tuple(OrderHistoryEntry.Kind.STATUS, OrderStatus.UNPAID, placedBy),
                        tuple(OrderHistoryEntry.Kind.PRICE, OrderStatus.UNPAID, placedBy),
                        tuple(OrderHistoryEntry.Kind.STATUS, OrderStatus.PAID, "coupon"));
        assertThat(order.history().get(1).reason().orElseThrow()).contains("coupon " + code, "FULL", "100%", "-500.00 RUB");
        assertThat(order.history().get(2).actor()).isEqualTo(Actor.system("coupon"));
        assertThat(order.history().get(2).from()).contains(OrderStatus.UNPAID);
        assertThat(order.history().get(2).reason()).contains("paid in full by coupon " + code);
        assertThat(memory.orders.find(order.id()).orElseThrow().snapshot()).as("stored as returned").isEqualTo(order.snapshot());
        assertThat(memory.orders.paidOrdinal(client.id(), order.firstPaidAt().orElseThrow(), order.id())).isEqualTo(1);
        assertThat(memory.coupons.findByCode(new CouponCode(code)).orElseThrow().usedBy()).contains(order.id());
    }

    private void assertClientToldItIsPaid(Order order) {
        assertThat(outboxOf(NotificationType.ORDER_STATUS_CHANGED)).singleElement().satisfies(m -> {
            assertThat(m.notification().recipient().value()).isEqualTo("client@example.com");
            assertThat(m.notification().params()).containsEntry("orderId", order.id().toString())
                    .containsEntry("status", "PAID").containsEntry("from", "UNPAID").containsEntry("total", "0.00");
        });
    }

    @Test
    void typed_on_the_form_it_places_a_paid_order() {
        String code = coupons.full();

        Order order = core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", code).build()).order();

        assertPaidByCoupon(order, code, "client@example.com", clock.instant());
        assertThat(outboxOf(NotificationType.ORDER_PLACED)).singleElement()
                .satisfies(m -> assertThat(m.notification().params()).containsEntry("total", "0.00"));
        assertClientToldItIsPaid(order);
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("order.place");
            assertThat(e.target()).isEqualTo("order:" + order.id());
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }

    @Test
    void applied_later_it_pays_the_unpaid_order() {
        Order unpaid = core.placeCallOrder().place(client, aForm(callTypeId).build()).order();
        String code = coupons.full();
        clock.advance(Duration.ofHours(2));

        Order order = core.clientCoupons().apply(client, unpaid.id(), code.toLowerCase());

        assertPaidByCoupon(order, code, "client@example.com", clock.instant());
        assertThat(order.history().get(0).at()).isEqualTo(clock.instant().minus(Duration.ofHours(2)));
        assertClientToldItIsPaid(order);
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("order.coupon.apply");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }

    @Test
    void a_visitor_typing_it_gets_an_account_and_a_paid_order() {
        String code = coupons.full();

        PlacedOrder placed = core.placeCallOrder().place(Caller.anonymous(), aForm(callTypeId)
                .with("clientEmail", "visitor@example.com").with("couponCode", code).build());

        assertThat(placed.accountCreated()).isTrue();
        assertThat(placed.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(placed.order().price().total().isZero()).isTrue();
        assertThat(memory.orders.paidOrdinal(placed.order().owner().orElseThrow(), placed.order().firstPaidAt().orElseThrow(),
                placed.order().id())).isEqualTo(1);
        assertThat(outboxOf(NotificationType.ORDER_STATUS_CHANGED)).extracting(m -> m.notification().recipient().value())
                .containsExactly("visitor@example.com");
    }

    @Test
    void the_paid_order_goes_on_like_any_paid_order() {
        Order order = core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", coupons.full()).build()).order();

        Order failed = core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.FAILED, admin,
                "nobody answered"));

        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(failed.firstPaidAt()).isEqualTo(order.firstPaidAt());
    }

    @Test
    void the_core_has_no_payment_gateway_to_call() {
        // When a gateway port arrives, replace this with a recording gateway asserting it saw no call.
        assertThat(Arrays.stream(Ordercore.Ports.class.getRecordComponents()).map(RecordComponent::getType)
                .map(Class::getSimpleName)).noneMatch(name -> name.toLowerCase().contains("gateway")
                || name.toLowerCase().contains("payment"));
    }
}
