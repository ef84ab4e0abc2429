package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.PayMasterCallbackUseCase;
import io.ordercore.application.port.out.GatewayApiException;
import io.ordercore.application.port.out.PayMasterApi;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PayMaster v2 callbacks are hints: the payment is read back from PayMaster, and only a Settled payment
 * of the exact outstanding amount in RUB for an existing Unpaid order is recorded, once. Built like
 * {@link Ordercore} builds it, over {@link InMemoryCore}'s ports, with a PayMaster that answers from a map.
 */
class PayMasterCallbackTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final long callType = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
    private final Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");
    private final FakePayMaster payMaster = new FakePayMaster();
    private final PayMasterCallbackUseCase callbacks = service(false);

    /** The service as Ordercore would build it: the same MoneyDesk, PaidOrders and Dispatcher wiring. */
    private PayMasterCallbackService service(boolean testAllowed) {
        Notices notices = new Notices(memory.outbox, memory.accounts, clock);
        Dispatcher dispatcher = new Dispatcher(memory.orders, memory.catalog, memory.operators, memory.dispatches,
                memory.store, new DispatchSettings(memory.settings), notices, clock);
        PaidOrders paidOrders = new PaidOrders(memory.orders, memory.accounts, memory.coupons, memory.settings, memory.ids,
                notices, dispatcher, clock);
        PartnerProgramme programme = new PartnerProgramme(memory.partners, memory.accounts, memory.ledger, memory.settings,
                InMemoryCore.PUBLIC_URL, clock);
        MoneyDesk desk = new MoneyDesk(memory.orders, memory.payments, memory.ledger, memory.settings, notices, paidOrders,
                programme, clock);
        return new PayMasterCallbackService(payMaster, testAllowed, memory.orders, memory.payments, desk, memory.ids,
                memory.store, clock);
    }

    /** PayMaster's side: payments by id; an unknown id is its HTTP 404; {@link #down} makes every call fail. */
    private static final class FakePayMaster implements PayMasterApi {
        final Map<String, PaymentStatus> known = new HashMap<>();
        final List<String> asked = new ArrayList<>();
        OptionalInt down = OptionalInt.empty();

        @Override
        public Invoice createInvoice(String merchantId, String orderNo, String amount, String currency,
                                     String description, String callbackUrl, String returnUrl) {
            throw new UnsupportedOperationException("not used by callbacks");
        }

        @Override
        public PaymentStatus payment(String paymentId) {
            asked.add(paymentId);
            if (down.isPresent()) {
                throw new GatewayApiException("paymaster-v2", down, "HTTP " + down.getAsInt(), null);
            }
            PaymentStatus p = known.get(paymentId);
            if (p == null) {
                throw new GatewayApiException("paymaster-v2", OptionalInt.of(404), "HTTP 404 not found", null);
            }
            return p;
        }

        void has(String id, String status, String amount, String currency, String orderNo, boolean test) {
            known.put(id, new PaymentStatus(id, status, amount, currency, orderNo, test));
        }
    }

    private Order unpaidOrder() {
        Order order = core.placeCallOrder().place(client, aForm(callType).build()).order();
        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(order.price().total()).isEqualTo(Money.kopecks(50_000));
        return order;
    }

    private static String orderNo(Order order) {
        return "ORDER-" + order.id().value();
    }

    private Order stored(Order order) {
        return memory.orders.find(order.id()).orElseThrow();
    }

    private List<Payment> payments(Order order) {
        return memory.payments.forOrder(order.id());
    }

    private List<String> verdicts() {
        return memory.payments.logEntries(Optional.of("paymaster-v2"), Optional.empty(), 0, 100).stream()
                .map(Payments.LogEntry::verdict).toList();
    }

    @Test
    void aSettledPaymentOfTheExactAmountPaysTheOrderOnce() {
        Order order = unpaidOrder();
        payMaster.has("1234567", "Settled", "500.0000", "RUB", orderNo(order), false);

        assertThat(callbacks.hint("1234567")).isTrue();

        assertThat(payMaster.asked).containsExactly("1234567");
        assertThat(stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payments(order)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.GATEWAY);
            assertThat(p.gateway()).contains("paymaster-v2");
            assertThat(p.externalId()).contains("1234567");
            assertThat(p.amount()).isEqualTo(Money.kopecks(50_000));
            assertThat(p.payer()).contains(client.id());
        });
        assertThat(memory.ledger.balance(LedgerAccount.SALES)).isEqualTo(Money.kopecks(50_000));
        Payments.LogEntry logged = memory.payments.logEntries(Optional.of("paymaster-v2"), Optional.empty(), 0, 10).get(0);
        assertThat(logged.verdict()).isEqualTo("ACCEPTED");
        assertThat(logged.externalId()).contains("1234567");
        assertThat(logged.order()).contains(order.id());
        assertThat(logged.body()).contains("status=Settled", "amount=500.0000", "orderNo=" + orderNo(order));
    }

    @Test
    void aRepeatedHintRecordsNothingMoreAndStillSaysTheMoneyIsOnTheBooks() {
        Order order = unpaidOrder();
        payMaster.has("77", "Settled", "500", "RUB", orderNo(order), false);
        callbacks.hint("77");

        assertThat(callbacks.hint("77")).isTrue();

        assertThat(payments(order)).hasSize(1);
        assertThat(memory.ledger.balance(LedgerAccount.SALES)).isEqualTo(Money.kopecks(50_000));
        assertThat(verdicts()).containsExactlyInAnyOrder("ACCEPTED", "DUPLICATE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorized", "Pending", "Confirmation", "Cancelled", "Rejected", "settled", ""})
    void onlyASettledPaymentIsRecorded(String status) {
        Order order = unpaidOrder();
        payMaster.has("5", status, "500.00", "RUB", orderNo(order), false);

        assertThat(callbacks.hint("5")).isFalse();

        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("NOT_SETTLED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"499.99", "500.01", "1000.00", "0", "0.00", "500.001", "5e2", "-500.00", "abc", ""})
    void anyOtherAmountThanWhatIsOutstandingIsRefused(String amount) {
        Order order = unpaidOrder();
        payMaster.has("5", "Settled", amount, "RUB", orderNo(order), false);

        assertThat(callbacks.hint("5")).isFalse();

        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("WRONG_AMOUNT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "rub", "643", ""})
    void onlyRoublesAreRecorded(String currency) {
        Order order = unpaidOrder();
        payMaster.has("5", "Settled", "500.00", currency, orderNo(order), false);

        assertThat(callbacks.hint("5")).isFalse();

        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("WRONG_CURRENCY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORDER-999999", "ORDER-", "ORDER-abc", "ORDER--1", "ORDER-0", "order-%d", "TOPUP-%d",
            "%d", "", "ORDER-99999999999999999999"})
    void anOrderNoThatNamesNoOrderIsRefused(String template) {
        Order order = unpaidOrder();
        payMaster.has("5", "Settled", "500.00", "RUB", template.replace("%d", String.valueOf(order.id().value())), false);

        assertThat(callbacks.hint("5")).isFalse();

        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("UNKNOWN_ORDER");
    }

    @Test
    void aTestPaymentIsRefusedUnlessTestPaymentsAreAllowed() {
        Order order = unpaidOrder();
        payMaster.has("5", "Settled", "500.00", "RUB", orderNo(order), true);

        assertThat(callbacks.hint("5")).isFalse();
        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("TEST_NOT_ALLOWED");

        assertThat(service(true).hint("5")).isTrue();
        assertThat(stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anOrderThatNoLongerTakesMoneyGetsNothingAndTheLogKeepsThePayment() {
        Order order = unpaidOrder();
        core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.CANCELLED, admin,
                "client asked"));
        payMaster.has("5", "Settled", "500.00", "RUB", orderNo(order), false);

        assertThat(callbacks.hint("5")).isFalse();

        assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(payments(order)).isEmpty();
        assertThat(memory.ledger.balance(LedgerAccount.clientPoints(client.id()))).isEqualTo(Money.kopecks(0));
        assertThat(verdicts()).containsExactly("NOT_PAYABLE");
    }

    @Test
    void aPaymentPayMasterDoesNotKnowIsRefused() {
        Order order = unpaidOrder();

        assertThat(callbacks.hint("404404")).isFalse();

        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("UNKNOWN_PAYMENT");
    }

    @Test
    void aReplyAboutAnotherPaymentIsRefused() {
        Order order = unpaidOrder();
        payMaster.known.put("5", new PayMasterApi.PaymentStatus("6", "Settled", "500.00", "RUB", orderNo(order), false));

        assertThat(callbacks.hint("5")).isFalse();

        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("UNKNOWN_PAYMENT");
    }

    @Test
    void whenPayMasterCannotBeAskedTheHintFailsSoThatItIsRepeatedAndNothingIsRecorded() {
        Order order = unpaidOrder();
        payMaster.has("5", "Settled", "500.00", "RUB", orderNo(order), false);
        payMaster.down = OptionalInt.of(503);

        assertThatThrownBy(() -> callbacks.hint("5")).isInstanceOf(GatewayApiException.class)
                .hasMessageContaining("503");
        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("FAILED");

        payMaster.down = OptionalInt.empty();
        assertThat(callbacks.hint("5")).isTrue();
        assertThat(stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "../../payments", "12 34", "12/34", "12?x=1", "%2e%2e"})
    void aPaymentIdThatCannotBePayMastersIsNotEvenAskedAbout(String paymentId) {
        Order order = unpaidOrder();

        assertThat(callbacks.hint(paymentId)).isFalse();

        assertThat(payMaster.asked).isEmpty();
        assertNothingRecorded(order);
        assertThat(verdicts()).containsExactly("MALFORMED");
    }

    @Test
    void aMissingPaymentIdIsNotAskedAbout() {
        assertThat(callbacks.hint(null)).isFalse();
        assertThat(payMaster.asked).isEmpty();
        assertThat(verdicts()).containsExactly("MALFORMED");
    }

    private void assertNothingRecorded(Order order) {
        assertThat(stored(order).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(payments(order)).isEmpty();
        assertThat(memory.ledger.balance(LedgerAccount.SALES)).isEqualTo(Money.kopecks(0));
        assertThat(memory.ledger.balance(LedgerAccount.clientPoints(client.id()))).isEqualTo(Money.kopecks(0));
    }
}
