package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static io.ordercore.application.payment.PaymentFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.PaymentGateway;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Topping up the points through a gateway, and where a checkout sends the buyer. */
class TopUpTest {

    private final PaymentFixture f = new PaymentFixture();
    private final String me = String.valueOf(f.client.id().value());

    @Test
    void aPaymentWithoutInvoiceForAClientsAccountCreditsTheirPoints() {
        assertThat(f.verdictOf(payment("tu-1", "", me, "100.00"))).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.entries(f.client)).singleElement().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(Cause.TOP_UP);
            assertThat(e.amount()).isEqualTo(kopecks(10_000));
        });
        assertThat(f.balance(LedgerAccount.GATEWAY_CLEARING)).isEqualTo(kopecks(-10_000));
        assertThat(f.entries(LedgerAccount.BONUS_EXPENSE)).as("a top-up earns no bonus").isEmpty();
        assertThat(f.entries(LedgerAccount.SALES)).as("a top-up sells nothing").isEmpty();
    }

    @Test
    void aTopUpInvoiceWorksToo() {
        assertThat(f.verdictOf(payment("tu-1", "TOPUP-" + me, me, "250.50"))).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.points(f.client)).isEqualTo(kopecks(25_050));
    }

    @Test
    void aTopUpIsCreditedOncePerGatewayPaymentId() {
        PaymentGateway.Call call = payment("tu-1", "", me, "100.00");
        f.send(call);

        f.send(call);
        f.send(payment("tu-1", "TOPUP-" + me, me, "100.00"));

        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.entries(f.client)).hasSize(1);

        assertThat(f.verdictOf(payment("tu-2", "", me, "100.00"))).as("another payment id is another top-up")
                .isEqualTo(Verdict.ACCEPTED);
        assertThat(f.points(f.client)).isEqualTo(kopecks(20_000));
    }

    @Test
    void aRepeatedTopUpIsLoggedAsADuplicate() {
        PaymentGateway.Call call = payment("tu-1", "", me, "100.00");
        assertThat(f.verdictOf(call)).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.verdictOf(call)).isEqualTo(Verdict.DUPLICATE);
    }

    @Test
    void anUnknownOrNonClientAccountIsTheWrongAccount() {
        Caller.SignedIn manager = f.memory.signedIn(Role.POINT_MANAGER, "pm@ordercore.test");

        assertThat(f.verdictOf(payment("tu-1", "", "999999", "100.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(payment("tu-2", "", String.valueOf(f.admin.id().value()), "100.00")))
                .isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(payment("tu-3", "", String.valueOf(manager.id().value()), "100.00")))
                .isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(payment("tu-4", "", "", "100.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(payment("tu-5", "", "client@example.com", "100.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);
        assertThat(f.verdictOf(payment("tu-6", "", "0", "100.00"))).isEqualTo(Verdict.WRONG_ACCOUNT);

        assertThat(f.allEntries(f.client)).isEmpty();
    }

    @Test
    void aTopUpWithAMalformedAmountCreditsNothing() {
        assertThat(f.verdictOf(payment("tu-1", "", me, "1.005"))).isEqualTo(Verdict.MALFORMED);
        assertThat(f.verdictOf(payment("tu-2", "", me, "-100"))).isEqualTo(Verdict.MALFORMED);

        assertThat(f.allEntries(f.client)).isEmpty();
    }

    @Test
    void topUpCheckoutNamesTheClientsTopUpInvoiceAndTheAmount() {
        PaymentGateway.Checkout checkout = f.core.gatewayCalls().topUp(f.client, "fake", 10_000L);

        assertThat(checkout.fields()).containsEntry("invoice", "TOPUP-" + me).containsEntry("amount", "100.00")
                .containsEntry("currency", "RUB");
    }

    @Test
    void topUpCheckoutIsForClientsAndPositiveAmounts() {
        assertThatThrownBy(() -> f.core.gatewayCalls().topUp(f.admin, "fake", 10_000L))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.gatewayCalls().topUp(f.client, "fake", 0L))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("amountKopecks", "NOT_POSITIVE")));
        assertThatThrownBy(() -> f.core.gatewayCalls().topUp(f.client, "fake", null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.core.gatewayCalls().topUp(f.client, "nope", 10_000L))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void checkoutOfMyUnpaidOrderNamesItsInvoiceAndTheOutstandingAmount() {
        Order order = f.unpaidOrder();

        PaymentGateway.Checkout checkout = f.core.gatewayCalls().checkout(f.client, order.id(), "fake");

        assertThat(checkout.fields()).containsEntry("invoice", "ORDER-" + order.id().value())
                .containsEntry("amount", "500.00").containsEntry("currency", "RUB");
    }

    @Test
    void checkoutAfterAPartialPaymentAsksForTheRest() {
        Order order = f.unpaidOrder();
        f.credit(f.client, 12_345);
        f.core.balance().payOrder(f.client, order.id(), 12_345L);

        assertThat(f.core.gatewayCalls().checkout(f.client, order.id(), "fake").fields()).containsEntry("amount", "376.55");
    }

    @Test
    void checkoutOfSomeoneElsesOrderIsNotFound() {
        Order order = f.unpaidOrder();
        Caller.SignedIn other = f.newClient("other@example.com");

        assertThatThrownBy(() -> f.core.gatewayCalls().checkout(other, order.id(), "fake"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.core.gatewayCalls().checkout(f.client, PaymentFixture.noSuchOrder(), "fake"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void checkoutOfAPaidOrderIsRefused() {
        Order order = f.unpaidOrder();
        f.pay(order, "pm-1", "500.00");

        assertThatThrownBy(() -> f.core.gatewayCalls().checkout(f.client, order.id(), "fake"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_PAYABLE"));
    }
}
