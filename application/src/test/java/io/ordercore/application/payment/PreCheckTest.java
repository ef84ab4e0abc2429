package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.invoice;
import static io.ordercore.application.payment.PaymentFixture.preCheck;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "May this be paid?": only the exact outstanding amount of the owner's Unpaid order; it records nothing. */
class PreCheckTest {

    private final PaymentFixture f = new PaymentFixture();
    private final Order order = f.unpaidOrder();

    @Test
    void theExactOutstandingAmountIsAccepted() {
        assertThat(f.verdictOf(preCheck(invoice(order), "", "500.00"))).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.verdictOf(preCheck(invoice(order), "", "500"))).isEqualTo(Verdict.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"499.99", "500.01", "250.00", "1000.00", "0.00", "-500.00", "abc", "1.005"})
    void anyOtherAmountIsTheWrongAmount(String amount) {
        assertThat(f.verdictOf(preCheck(invoice(order), "", amount))).isEqualTo(Verdict.WRONG_AMOUNT);
    }

    @Test
    void theOutstandingAmountIsWhatIsLeftAfterEarlierPayments() {
        f.credit(f.client, 20_000);
        f.core.balance().payOrder(f.client, order.id(), 20_000L);

        assertThat(f.verdictOf(preCheck(invoice(order), "", "300.00"))).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.verdictOf(preCheck(invoice(order), "", "500.00"))).isEqualTo(Verdict.WRONG_AMOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORDER-999999", "ORDER-x", "ORDER-", "SOMETHING-1"})
    void anUnknownInvoiceIsAnUnknownOrder(String invoice) {
        assertThat(f.verdictOf(preCheck(invoice, "", "500.00"))).isEqualTo(Verdict.UNKNOWN_ORDER);
    }

    @Test
    void aPaidOrderIsNotPayable() {
        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.verdictOf(preCheck(invoice(order), "", "500.00"))).isEqualTo(Verdict.NOT_PAYABLE);
        assertThat(f.verdictOf(preCheck(invoice(order), "", "0.01"))).isEqualTo(Verdict.NOT_PAYABLE);
    }

    @Test
    void aCancelledOrderIsNotPayable() {
        f.cancel(order);

        assertThat(f.verdictOf(preCheck(invoice(order), "", "500.00"))).isEqualTo(Verdict.NOT_PAYABLE);
    }

    @Test
    void theAccountMayNameTheOwnerByIdOrEmail() {
        assertThat(f.verdictOf(preCheck(invoice(order), String.valueOf(f.client.id().value()), "500.00")))
                .isEqualTo(Verdict.ACCEPTED);
        assertThat(f.verdictOf(preCheck(invoice(order), "client@example.com", "500.00"))).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.verdictOf(preCheck(invoice(order), "Client@Example.com", "500.00"))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void anAccountNamingSomeoneElseIsTheWrongAccount() {
        Caller.SignedIn other = f.newClient("other@example.com");

        assertThat(f.verdictOf(preCheck(invoice(order), String.valueOf(other.id().value()), "500.00")))
                .isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(preCheck(invoice(order), "other@example.com", "500.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(preCheck(invoice(order), "999999", "500.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(preCheck(invoice(order), "nobody@example.com", "500.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
    }

    @Test
    void anotherCurrencyIsRefused() {
        assertThat(f.verdictOf(FakeGateway.call("PRE_CHECK", "", invoice(order), "", "500.00", "EUR", false)))
                .isEqualTo(Verdict.WRONG_CURRENCY);
    }

    @Test
    void aTestModePreCheckIsRefusedUnlessAllowed() {
        var test = FakeGateway.call("PRE_CHECK", "", invoice(order), "", "500.00", "RUB", true);

        assertThat(f.verdictOf(test)).isEqualTo(Verdict.TEST_NOT_ALLOWED);
        f.memory.gateway.allowTestPayments(true);
        assertThat(f.verdictOf(test)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aPreCheckRecordsNoPaymentAndMovesNoMoney() {
        PaymentFixture.Snapshot before = f.snapshot(order);

        f.send(preCheck(invoice(order), "", "500.00"));
        f.send(preCheck(invoice(order), String.valueOf(f.client.id().value()), "500.00"));
        f.send(preCheck(invoice(order), "", "100.00"));

        assertThat(f.snapshot(order)).isEqualTo(before);
        assertThat(f.payments(order)).isEmpty();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(f.core.payments().log(f.admin, null, null, null, null)).as("pre-checks are logged").hasSize(3);
    }

    @Test
    void aTopUpPreCheckNeedsAKnownClient() {
        String me = String.valueOf(f.client.id().value());

        assertThat(f.verdictOf(preCheck("", me, "100.00"))).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.verdictOf(preCheck("TOPUP-" + me, me, "100.00"))).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.verdictOf(preCheck("", "999999", "100.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(preCheck("", String.valueOf(f.admin.id().value()), "100.00")))
                .isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(preCheck("", "", "100.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
    }
}
