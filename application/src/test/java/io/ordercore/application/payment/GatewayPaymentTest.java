package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.PRICE;
import static io.ordercore.application.payment.PaymentFixture.invoice;
import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static io.ordercore.application.payment.PaymentFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.PaymentGateway;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A gateway's PAYMENT notification for an order: recorded once, for the exact outstanding amount
 * or more (the excess to the client's points), refused with a verdict otherwise, and every call in
 * the gateway log whatever its verdict.
 */
class GatewayPaymentTest {

    private final PaymentFixture f = new PaymentFixture();

    @Test
    void theExactOutstandingAmountPaysTheOrderWithOneMovementABonusAndADispatchTask() {
        Order order = f.unpaidOrder();

        PaymentGateway.Reply reply = f.send(payment("pm-1", invoice(order), "", "500.00"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Verdict.ACCEPTED.name());
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        Payment paid = f.payments(order).stream().reduce((a, b) -> {
            throw new AssertionError("more than one payment: " + a + ", " + b);
        }).orElseThrow();
        assertThat(paid.kind()).isEqualTo(PaymentKind.GATEWAY);
        assertThat(paid.gateway()).contains(PaymentFixture.GATEWAY);
        assertThat(paid.externalId()).contains("pm-1");
        assertThat(paid.amount()).isEqualTo(kopecks(PRICE));
        assertThat(paid.payer()).contains(f.client.id());

        String key = "payment:" + paid.id();
        assertThat(f.entries(LedgerAccount.GATEWAY_CLEARING)).singleElement().satisfies(e -> {
            assertThat(e.movementKey()).isEqualTo(key);
            assertThat(e.amount()).isEqualTo(kopecks(-PRICE));
            assertThat(e.cause()).isEqualTo(Cause.ORDER_PAYMENT);
        });
        assertThat(f.entries(LedgerAccount.SALES)).singleElement().satisfies(e -> {
            assertThat(e.movementKey()).isEqualTo(key);
            assertThat(e.amount()).isEqualTo(kopecks(PRICE));
        });
        assertThat(f.entries(f.client)).singleElement().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(Cause.BONUS);
            assertThat(e.amount()).isEqualTo(kopecks(PRICE * 5 / 100));
        });
        assertThat(f.points(f.client)).isEqualTo(kopecks(2_500));
        assertThat(f.balance(LedgerAccount.BONUS_EXPENSE)).isEqualTo(kopecks(-2_500));
        assertThat(f.memory.dispatches.task(order.id())).as("the paid order entered the dispatch pipeline").isPresent();
    }

    @Test
    void theBonusFollowsTheSetting() {
        f.memory.settings.put("payments.bonus-percent", "10");
        Order order = f.unpaidOrder();

        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.points(f.client)).isEqualTo(kopecks(5_000));
    }

    @Test
    void theSameNotificationAgainIsADuplicateAndChangesNothing() {
        Order order = f.unpaidOrder();
        PaymentGateway.Call call = payment("pm-1", invoice(order), "", "500.00");
        assertThat(Verdict.valueOf(f.send(call).body())).isEqualTo(Verdict.ACCEPTED);
        PaymentFixture.Snapshot before = f.snapshot(order);

        PaymentGateway.Reply again = f.send(call);

        assertThat(again.body()).isEqualTo(Verdict.DUPLICATE.name());
        assertThat(f.snapshot(order)).isEqualTo(before);
        assertThat(f.payments(order)).hasSize(1);
        assertThat(f.points(f.client)).isEqualTo(kopecks(2_500));
    }

    @Test
    void aForgedCallIsRefusedWith401AndChangesNothing() {
        Order order = f.unpaidOrder();
        PaymentFixture.Snapshot before = f.snapshot(order);

        PaymentGateway.Reply reply = f.send(FakeGateway.forged(payment("pm-1", invoice(order), "", "500.00")));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo(Verdict.BAD_SIGNATURE.name());
        assertThat(f.snapshot(order)).isEqualTo(before);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(f.payments(order)).isEmpty();
    }

    @Test
    void lessThanOutstandingIsTheWrongAmountAndRecordsNothing() {
        Order order = f.unpaidOrder();
        PaymentFixture.Snapshot before = f.snapshot(order);

        assertThat(f.pay(order, "pm-1", "499.99")).isEqualTo(Verdict.WRONG_AMOUNT);

        assertThat(f.snapshot(order)).isEqualTo(before);
        assertThat(f.payments(order)).isEmpty();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void moreThanOutstandingPaysTheOrderAndCreditsTheExcessToThePoints() {
        Order order = f.unpaidOrder();

        assertThat(f.pay(order, "pm-1", "600.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.payments(order)).singleElement()
                .satisfies(p -> assertThat(p.amount()).as("what counts towards the order").isEqualTo(kopecks(PRICE)));
        assertThat(f.entries(LedgerAccount.SALES)).extracting(LedgerEntry::amount).containsExactly(kopecks(PRICE));
        assertThat(f.entries(f.client)).filteredOn(e -> e.cause() == Cause.OVERPAYMENT).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(kopecks(10_000)));
        assertThat(f.balance(LedgerAccount.GATEWAY_CLEARING)).as("all that was received came through the gateway")
                .isEqualTo(kopecks(-60_000));
    }

    /**
     * The bonus is for paying an order. The excess of an overpayment is only parked in the points
     * (a top-up earns no bonus, nor does a payment arriving for an order already paid), so it earns
     * none either; otherwise overpaying an order would be a top-up with a 5% bonus.
     */
    @Test
    void theBonusOfAnOverpaymentIsOnWhatPaidTheOrderNotOnTheExcess() {
        Order order = f.unpaidOrder();

        assertThat(f.pay(order, "pm-1", "600.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.entries(f.client)).filteredOn(e -> e.cause() == Cause.BONUS).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(kopecks(PRICE * 5 / 100)));
        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000 + 2_500));
    }

    @Test
    void aPaymentForAnOrderAlreadyPaidByOtherMeansGoesWhollyToThePoints() {
        Order order = f.unpaidOrder();
        f.credit(f.client, PRICE);
        f.core.balance().payOrder(f.client, order.id(), null);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.points(f.client)).isEqualTo(kopecks(0));

        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.points(f.client)).as("never lost").isEqualTo(kopecks(PRICE));
        assertThat(f.entries(f.client)).filteredOn(e -> e.cause() == Cause.OVERPAYMENT)
                .extracting(LedgerEntry::amount).containsExactly(kopecks(PRICE));
        assertThat(f.payments(order)).extracting(Payment::kind).containsExactly(PaymentKind.BALANCE);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void thatPaymentRepeatedIsCreditedOnce() {
        Order order = f.unpaidOrder();
        f.credit(f.client, PRICE);
        f.core.balance().payOrder(f.client, order.id(), null);
        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);

        f.pay(order, "pm-1", "500.00");

        assertThat(f.points(f.client)).isEqualTo(kopecks(PRICE));
    }

    @Test
    void thatPaymentRepeatedIsLoggedAsADuplicate() {
        Order order = f.unpaidOrder();
        f.credit(f.client, PRICE);
        f.core.balance().payOrder(f.client, order.id(), null);
        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.DUPLICATE);
    }

    @Test
    void anotherCurrencyIsRefused() {
        Order order = f.unpaidOrder();
        PaymentFixture.Snapshot before = f.snapshot(order);

        assertThat(f.verdictOf(FakeGateway.call("PAYMENT", "pm-1", invoice(order), "", "500.00", "USD", false)))
                .isEqualTo(Verdict.WRONG_CURRENCY);

        assertThat(f.snapshot(order)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORDER-999999", "ORDER-abc", "ORDER-0", "ORDER--1", "INVOICE-1"})
    void anUnknownInvoiceIsAnUnknownOrder(String invoice) {
        Order order = f.unpaidOrder();
        PaymentFixture.Snapshot before = f.snapshot(order);

        assertThat(f.verdictOf(payment("pm-1", invoice, "", "500.00"))).isEqualTo(Verdict.UNKNOWN_ORDER);

        assertThat(f.snapshot(order)).isEqualTo(before);
    }

    @Test
    void aTestModePaymentIsRefusedUnlessTheGatewayAllowsThem() {
        Order order = f.unpaidOrder();
        PaymentGateway.Call test = FakeGateway.call("PAYMENT", "pm-test", invoice(order), "", "500.00", "RUB", true);
        PaymentFixture.Snapshot before = f.snapshot(order);

        assertThat(f.verdictOf(test)).isEqualTo(Verdict.TEST_NOT_ALLOWED);
        assertThat(f.snapshot(order)).isEqualTo(before);

        f.memory.gateway.allowTestPayments(true);
        assertThat(f.verdictOf(test)).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "abc", "", " ", "-500.00", "0", "0.00", "500,00", "NaN"})
    void aMalformedAmountIsMalformed(String amount) {
        Order order = f.unpaidOrder();
        PaymentFixture.Snapshot before = f.snapshot(order);

        assertThat(f.pay(order, "pm-1", amount)).isEqualTo(Verdict.MALFORMED);

        assertThat(f.snapshot(order)).isEqualTo(before);
    }

    @Test
    void aCallWithoutAGatewayPaymentIdIsMalformed() {
        Order order = f.unpaidOrder();

        assertThat(f.pay(order, "", "500.00")).isEqualTo(Verdict.MALFORMED);

        assertThat(f.payments(order)).isEmpty();
    }

    @Test
    void anUnreadableCallIsMalformed() {
        Order order = f.unpaidOrder();
        PaymentGateway.Call garbage = new PaymentGateway.Call("payment", "text/plain", Map.of("x-signature", "ok"),
                "PAYMENT;only-three;fields".getBytes(StandardCharsets.UTF_8));

        assertThat(f.verdictOf(garbage)).isEqualTo(Verdict.MALFORMED);

        assertThat(f.payments(order)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"500", "500.0", "500.00", "500.000", " 500.00 "})
    void theAmountIsReadExactly(String amount) {
        Order order = f.unpaidOrder();

        assertThat(f.pay(order, "pm-1", amount)).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.payments(order)).extracting(Payment::amount).containsExactly(kopecks(PRICE));
        assertThat(f.points(f.client)).as("no excess, only the bonus").isEqualTo(kopecks(2_500));
    }

    @Test
    void kopecksAreKeptExactly() {
        Order order = f.unpaidOrder();

        assertThat(f.pay(order, "pm-1", "500.01")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.entries(f.client)).filteredOn(e -> e.cause() == Cause.OVERPAYMENT)
                .extracting(LedgerEntry::amount).containsExactly(kopecks(1));
    }

    @Test
    void everyCallIsLoggedWithItsVerdictRefusedOnesToo() {
        Order order = f.unpaidOrder();
        PaymentGateway.Call good = payment("pm-ok", invoice(order), "", "500.00");
        f.send(FakeGateway.forged(payment("pm-forged", invoice(order), "", "500.00")));
        f.pay(order, "pm-low", "1.00");
        f.pay(order, "pm-bad", "1.005");
        f.send(FakeGateway.call("PAYMENT", "pm-usd", invoice(order), "", "500.00", "USD", false));
        f.send(payment("pm-unknown", "ORDER-999999", "", "500.00"));
        f.send(FakeGateway.call("PAYMENT", "pm-test", invoice(order), "", "500.00", "RUB", true));
        f.send(good);
        f.send(good);

        List<Payments.LogEntry> log = f.core.payments().log(f.admin, null, null, null, 100);

        assertThat(log).as("newest first").extracting(e -> e.externalId().orElse("-"), e -> verdictName(e))
                .containsExactly(
                        tuple("pm-ok", "DUPLICATE"),
                        tuple("pm-ok", "ACCEPTED"),
                        tuple("pm-test", "TEST_NOT_ALLOWED"),
                        tuple("pm-unknown", "UNKNOWN_ORDER"),
                        tuple("pm-usd", "WRONG_CURRENCY"),
                        tuple("pm-bad", "MALFORMED"),
                        tuple("pm-low", "WRONG_AMOUNT"),
                        tuple("-", "BAD_SIGNATURE"));
        Payments.LogEntry accepted = log.get(1);
        assertThat(accepted.gateway()).isEqualTo(PaymentFixture.GATEWAY);
        assertThat(accepted.order()).contains(order.id());
        assertThat(accepted.body()).as("raw, as received").isEqualTo(new String(good.body(), StandardCharsets.UTF_8));
        assertThat(accepted.headers()).contains("x-signature: ok");
        assertThat(log.get(7).body()).as("a forged call is kept raw too").contains("pm-forged");
    }

    @Test
    void theLogFiltersByGatewayAndVerdict() {
        Order order = f.unpaidOrder();
        f.pay(order, "pm-low", "1.00");
        f.pay(order, "pm-ok", "500.00");

        assertThat(f.core.payments().log(f.admin, null, "wrong_amount", null, null))
                .extracting(e -> e.externalId().orElse("-")).containsExactly("pm-low");
        assertThat(f.core.payments().log(f.admin, "fake", null, null, null)).hasSize(2);
        assertThat(f.core.payments().log(f.admin, "other", null, null, null)).isEmpty();
    }

    /**
     * The verdict filter takes a verdict's name; a refusal whose reading carried a problem (forged,
     * unreadable) must be found by its verdict too, not only by its exact text.
     */
    @Test
    void forgedAndUnreadableCallsAreFoundByTheirVerdict() {
        Order order = f.unpaidOrder();
        f.send(FakeGateway.forged(payment("pm-forged", invoice(order), "", "500.00")));
        f.send(new PaymentGateway.Call("payment", "text/plain", Map.of("x-signature", "ok"),
                "garbage".getBytes(StandardCharsets.UTF_8)));

        assertThat(f.core.payments().log(f.admin, null, "BAD_SIGNATURE", null, null)).hasSize(1);
        assertThat(f.core.payments().log(f.admin, null, "MALFORMED", null, null)).hasSize(1);
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertThatThrownBy(() -> f.core.payments().log(f.client, null, null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.payments().log(f.memory.signedIn(Role.SUPERVISOR,
                "sup@ordercore.test"), null, null, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPaidOrderIsAnnouncedOnceAPartialPaymentIsNot() {
        Order order = f.unpaidOrder();
        f.credit(f.client, 10_000);
        f.core.balance().payOrder(f.client, order.id(), 10_000L);
        assertThat(f.mails(NotificationType.ORDER_STATUS_CHANGED)).isEmpty();

        f.pay(order, "pm-1", "400.00");
        f.pay(order, "pm-1", "400.00");

        assertThat(f.mails(NotificationType.ORDER_STATUS_CHANGED)).singleElement()
                .satisfies(n -> assertThat(n.params()).containsEntry("status", "PAID"));
    }

    /** Pins today's rule; note that the gateway has taken the money by the time it says so. */
    @Test
    void aPaymentForACancelledOrderIsNeverLostButCreditedToThePoints() {
        Order order = f.unpaidOrder();
        f.cancel(order);

        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.DUPLICATE);

        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(f.points(f.client)).isEqualTo(Money.kopecks(50_000));
    }

    /**
     * An order the system moved to Error (allowed from Unpaid) is neither Unpaid nor Cancelled: a
     * gateway payment for it must still end with a verdict and a log entry, not an exception out of
     * the gateway call (the gateway retries, nothing is logged, the money is in no record).
     */
    @Test
    void aPaymentForAnOrderInErrorEndsWithAVerdictAndIsLogged() {
        Order order = f.unpaidOrder();
        f.core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.ERROR,
                Caller.system("monitor"), "storage fault"));
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.ERROR);

        assertThatCode(() -> f.pay(order, "pm-1", "500.00")).doesNotThrowAnyException();

        assertThat(f.core.payments().log(f.admin, null, null, null, null)).singleElement()
                .satisfies(e -> assertThat(e.externalId()).contains("pm-1"));
        assertThat(f.points(f.client)).as("the money is credited, not lost").isEqualTo(Money.kopecks(50_000));
    }

    @Test
    void anUnknownGatewayIsNotFound() {
        assertThatThrownBy(() -> f.core.gatewayCalls().handle("nope", payment("pm-1", "ORDER-1", "", "1.00")))
                .isInstanceOf(NotFoundException.class);
    }

    private static String verdictName(Payments.LogEntry entry) {
        String v = entry.verdict();
        int colon = v.indexOf(':');
        return colon < 0 ? v : v.substring(0, colon);
    }
}
