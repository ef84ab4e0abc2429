package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.PRICE;
import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cancelling an order that took money: the balance part back to the points, the rest due for refund. */
class CancelRefundTest {

    private final PaymentFixture f = new PaymentFixture();
    private final Order order = f.unpaidOrder();

    /** 200 roubles from the balance, 300 through the gateway (which earns a 15-rouble bonus). */
    private void payHalfAndHalf() {
        f.credit(f.client, 20_000);
        f.core.balance().payOrder(f.client, order.id(), 20_000L);
        assertThat(f.pay(order, "pm-1", "300.00")).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.points(f.client)).isEqualTo(kopecks(1_500));
    }

    private Payment paymentOf(PaymentKind kind) {
        return f.payments(order).stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void cancellingAPaidOrderRefundsTheBalancePartAndBooksTheGatewayPartAsDue() {
        payHalfAndHalf();

        Order cancelled = f.cancel(order);

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(f.points(f.client)).isEqualTo(kopecks(1_500 + 20_000));
        assertThat(f.entries(f.client)).first().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(Cause.REFUND);
            assertThat(e.amount()).isEqualTo(kopecks(20_000));
            assertThat(e.movementKey()).contains(String.valueOf(paymentOf(PaymentKind.BALANCE).id()));
        });
        assertThat(f.entries(LedgerAccount.REFUNDS_DUE)).singleElement().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(Cause.REFUND);
            assertThat(e.amount()).isEqualTo(kopecks(30_000));
            assertThat(e.movementKey()).contains(String.valueOf(paymentOf(PaymentKind.GATEWAY).id()));
        });
        assertThat(f.balance(LedgerAccount.SALES)).as("nothing sold any more").isEqualTo(kopecks(0));
        assertThat(f.entries(LedgerAccount.SALES)).filteredOn(e -> e.cause() == Cause.REFUND)
                .extracting(LedgerEntry::amount).containsExactlyInAnyOrder(kopecks(-20_000), kopecks(-30_000));
    }

    @Test
    void cancellingTwiceIsRefusedAndBooksNothingMore() {
        payHalfAndHalf();
        f.cancel(order);
        List<LedgerEntry> before = f.allEntries(f.client);

        assertThatThrownBy(() -> f.cancel(order)).isInstanceOf(IllegalTransitionException.class);

        assertThat(f.allEntries(f.client)).isEqualTo(before);
        assertThat(f.points(f.client)).isEqualTo(kopecks(21_500));
        assertThat(f.balance(LedgerAccount.REFUNDS_DUE)).isEqualTo(kopecks(30_000));
    }

    @Test
    void cancellingAPartlyPaidUnpaidOrderRefundsThatPart() {
        f.credit(f.client, 20_000);
        f.core.balance().payOrder(f.client, order.id(), 12_000L);
        assertThat(f.points(f.client)).isEqualTo(kopecks(8_000));

        f.cancel(order);

        assertThat(f.points(f.client)).isEqualTo(kopecks(20_000));
        assertThat(f.entries(LedgerAccount.REFUNDS_DUE)).isEmpty();
    }

    @Test
    void cancellingAnOrderPaidOfflineBooksItAsDue() {
        f.core.payments().markOffline(f.admin, order.id(), PRICE, "cash", null);

        f.cancel(order);

        assertThat(f.balance(LedgerAccount.REFUNDS_DUE)).isEqualTo(kopecks(PRICE));
        assertThat(f.entries(f.client)).extracting(LedgerEntry::cause).containsExactly(Cause.BONUS);
    }

    @Test
    void cancellingAnUnpaidOrderMovesNoMoney() {
        f.cancel(order);

        assertThat(f.allEntries(f.client)).isEmpty();
    }

    @Test
    void theRefundsLeaveTheBooksConsistent() {
        payHalfAndHalf();
        f.cancel(order);

        assertThat(f.core.payments().checkIntegrity(f.admin).findings())
                .allSatisfy((check, problems) -> assertThat(problems).as(check).isEmpty());
        assertThat(f.allEntries(f.client)).filteredOn(e -> e.cause() == Cause.REFUND)
                .extracting(LedgerEntry::account, LedgerEntry::amount).containsExactlyInAnyOrder(
                        tuple(LedgerAccount.SALES, kopecks(-20_000)),
                        tuple(LedgerAccount.clientPoints(f.client.id()), kopecks(20_000)),
                        tuple(LedgerAccount.SALES, kopecks(-30_000)),
                        tuple(LedgerAccount.REFUNDS_DUE, kopecks(30_000)));
    }
}
