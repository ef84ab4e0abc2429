package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.invoice;
import static io.ordercore.application.payment.PaymentFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.CardCharges;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.SavedCard;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.RefusedException;
import org.junit.jupiter.api.Test;

/**
 * A card token from a successful CloudPayments payment is saved for the client; a later order is
 * charged with it outside any transaction and recorded once, even when the gateway's own
 * notification of that charge arrives too; a decline or an unreachable gateway records nothing.
 */
class SavedCardTest {

    private final PaymentFixture f = new PaymentFixture();

    @Test
    void aTokenSentWithAPaymentIsSavedForTheOrdersClientButNeverShown() {
        Order first = f.unpaidOrder();

        assertThat(f.core.gatewayCalls().handle(CardCharges.GATEWAY,
                FakeGateway.withCardToken(payment("cp-1", invoice(first), "", "500.00"), "tk_secret"))
                .body()).isEqualTo(Verdict.ACCEPTED.name());

        assertThat(f.memory.payments.savedCard(f.client.id(), CardCharges.GATEWAY)).get()
                .extracting(SavedCard::token, SavedCard::fromTransaction).containsExactly("tk_secret", "cp-1");
        assertThat(f.core.savedCard().savedCard(f.client)).get().satisfies(v -> {
                    assertThat(v.gateway()).isEqualTo(CardCharges.GATEWAY);
                    assertThat(v.toString()).doesNotContain("tk_secret");
                });
    }

    @Test
    void aLaterOrderIsChargedWithTheSavedCardAndTheGatewaysOwnNotificationIsARepeat() {
        saveCard();
        Order second = f.unpaidOrder();
        f.memory.cardCharges.approveAs("cp-2");

        Order paid = f.core.savedCard().payWithSavedCard(f.client, second.id());

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.memory.cardCharges.charges()).last().satisfies(c -> {
            assertThat(c.token()).isEqualTo("tk_secret");
            assertThat(c.amount()).isEqualTo("500.00");
            assertThat(c.invoiceId()).isEqualTo(invoice(second));
            assertThat(c.accountId()).isEqualTo(String.valueOf(f.client.id().value()));
        });
        assertThat(f.core.gatewayCalls().handle(CardCharges.GATEWAY, payment("cp-2", invoice(second), "", "500.00")).body())
                .as("CloudPayments notifies of the same transaction").isEqualTo(Verdict.DUPLICATE.name());
        assertThat(f.payments(second)).singleElement().satisfies(p -> assertThat(p.externalId()).contains("cp-2"));
        assertThat(f.memory.dispatches.task(second.id())).as("the paid order is dispatched").isPresent();
    }

    @Test
    void aDeclineOrAnUnreachableGatewayRecordsNothing() {
        saveCard();
        Order second = f.unpaidOrder();
        PaymentFixture.Snapshot before = f.snapshot(second);

        f.memory.cardCharges.decline("Insufficient funds (5051)");
        assertThatThrownBy(() -> f.core.savedCard().payWithSavedCard(f.client, second.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("CARD_DECLINED");
                    assertThat(e.getMessage()).contains("Insufficient funds");
                });
        f.memory.cardCharges.beUnreachable();
        assertThatThrownBy(() -> f.core.savedCard().payWithSavedCard(f.client, second.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("GATEWAY_UNAVAILABLE"));

        assertThat(f.snapshot(second)).isEqualTo(before);
        assertThat(f.stored(second).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void withoutASavedCardOrForSomeoneElsesOrNotUnpaidOrderNothingIsCharged() {
        Order order = f.unpaidOrder();
        assertThatThrownBy(() -> f.core.savedCard().payWithSavedCard(f.client, order.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("NO_SAVED_CARD"));
        saveCard();
        var stranger = f.newClient("stranger@example.com");
        assertThatThrownBy(() -> f.core.savedCard().payWithSavedCard(stranger, order.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.core.savedCard().payWithSavedCard(f.admin, order.id())).isInstanceOf(AccessDeniedException.class);
        f.cancel(order);
        assertThatThrownBy(() -> f.core.savedCard().payWithSavedCard(f.client, order.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_PAYABLE"));
        assertThat(f.memory.cardCharges.charges()).isEmpty();
    }

    @Test
    void aForgottenCardIsGone() {
        saveCard();
        f.core.savedCard().forgetCard(f.client);

        assertThat(f.core.savedCard().savedCard(f.client)).isEmpty();
        assertThatThrownBy(() -> f.core.savedCard().forgetCard(f.client)).isInstanceOf(NotFoundException.class);
    }

    private void saveCard() {
        Order first = f.unpaidOrder();
        f.core.gatewayCalls().handle(CardCharges.GATEWAY,
                FakeGateway.withCardToken(payment("cp-1", invoice(first), "", "500.00"), "tk_secret"));
        assertThat(f.stored(first).status()).isEqualTo(OrderStatus.PAID);
    }
}
