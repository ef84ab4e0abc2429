package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.PRICE;
import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PaymentsUseCase.IntegrityReport;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The integrity check over a store after a mix of everything money does: consistent; then one
 * problem of each kind planted behind the core's back, each found by its own check and no other.
 */
class IntegrityCheckTest {

    private static final List<String> CHECKS = List.of("balances", "movements", "paidOrders", "payments", "statuses");

    private final PaymentFixture f = new PaymentFixture();
    private final Caller.SignedIn other = f.newClient("other@example.com");
    private Order unpaid;

    /** Gateway, balance, offline, partial, overpaid, top-up, transfer, adjustment, cancel with refunds. */
    @BeforeEach
    void aMixOfEverything() {
        String me = String.valueOf(f.client.id().value());
        assertThat(f.verdictOf(PaymentFixture.payment("tu-1", "", me, "1000.00"))).isEqualTo(Verdict.ACCEPTED);
        Order byGateway = f.unpaidOrder();
        assertThat(f.pay(byGateway, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);
        Order overpaid = f.unpaidOrder();
        assertThat(f.pay(overpaid, "pm-2", "512.34")).isEqualTo(Verdict.ACCEPTED);
        f.pay(overpaid, "pm-2", "512.34");
        Order mixed = f.unpaidOrder();
        f.core.balance().payOrder(f.client, mixed.id(), 12_345L);
        f.core.payments().markOffline(f.admin, mixed.id(), 10_000L, "cash", null);
        assertThat(f.pay(mixed, "pm-3", "276.55")).isEqualTo(Verdict.ACCEPTED);
        f.cancel(mixed);
        Order offline = f.unpaidOrder(other);
        f.core.payments().markOffline(f.admin, offline.id(), PRICE, "bank", "2026-11-20");
        f.core.balance().transfer(f.client, "other@example.com", 7_777L);
        f.core.balance().adjust(f.admin, other.id().value(), -1_000L, "correction");
        unpaid = f.unpaidOrder();
        f.core.balance().payOrder(f.client, unpaid.id(), 1_000L);
        f.send(PaymentFixture.preCheck(PaymentFixture.invoice(unpaid), "", "490.00"));
        f.pay(unpaid, "pm-low", "1.00");
    }

    private IntegrityReport check() {
        return f.core.payments().checkIntegrity(f.admin);
    }

    /** Exactly the named check found something, and what it found mentions {@code mention}. */
    private void onlyFinds(String failing, String mention) {
        IntegrityReport report = check();
        assertThat(report.consistent()).isFalse();
        assertThat(report.findings()).containsOnlyKeys(CHECKS);
        assertThat(report.findings().get(failing)).as(failing).isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains(mention));
        CHECKS.stream().filter(c -> !c.equals(failing))
                .forEach(c -> assertThat(report.findings().get(c)).as(c).isEmpty());
    }

    @Test
    void afterAMixOfEverythingTheBooksAreConsistent() {
        IntegrityReport report = check();

        assertThat(report.findings()).containsOnlyKeys(CHECKS);
        assertThat(report.findings()).allSatisfy((c, problems) -> assertThat(problems).as(c).isEmpty());
        assertThat(report.consistent()).isTrue();
    }

    @Test
    void aKeptBalanceThatDiffersFromItsEntriesIsFound() {
        LedgerAccount account = LedgerAccount.clientPoints(other.id());
        f.memory.ledger.tamperBalance(account, f.points(other).plus(kopecks(1)));

        onlyFinds("balances", account.key());
    }

    @Test
    void aClientBelowZeroIsFound() {
        LedgerAccount account = LedgerAccount.clientPoints(other.id());
        Money now = f.points(other);
        f.memory.ledger.tamperBalance(account, kopecks(-100));
        f.memory.ledger.tamperEntry("planted", account, kopecks(-100).minus(now));
        f.memory.ledger.tamperEntry("planted", LedgerAccount.ADJUSTMENTS, kopecks(100).plus(now));
        f.memory.ledger.tamperBalance(LedgerAccount.ADJUSTMENTS, f.balance(LedgerAccount.ADJUSTMENTS).plus(kopecks(100))
                .plus(now));

        onlyFinds("balances", "below zero");
    }

    @Test
    void aMovementWithAThirdEntryIsFound() {
        String key = f.entries(LedgerAccount.SALES).get(0).movementKey();
        f.memory.ledger.tamperEntry(key, LedgerAccount.SALES, kopecks(0));

        onlyFinds("movements", key);
    }

    @Test
    void aMovementWhoseEntriesDoNotSumToZeroIsFound() {
        String key = "planted:lopsided";
        f.memory.ledger.tamperEntry(key, LedgerAccount.SALES, kopecks(100));
        f.memory.ledger.tamperEntry(key, LedgerAccount.GATEWAY_CLEARING, kopecks(-99));
        f.memory.ledger.tamperBalance(LedgerAccount.SALES, f.balance(LedgerAccount.SALES).plus(kopecks(100)));
        f.memory.ledger.tamperBalance(LedgerAccount.GATEWAY_CLEARING,
                f.balance(LedgerAccount.GATEWAY_CLEARING).minus(kopecks(99)));

        onlyFinds("movements", key);
    }

    @Test
    void aPaidOrderItsPaymentsDoNotCoverIsFound() {
        Order order = f.stored(f.unpaidOrder(other));
        order.recordPayment(order.price().total(), Money.zero(Money.RUB), "planted: paid without money", f.clock);
        f.memory.orders.save(order);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);

        onlyFinds("paidOrders", "order " + order.id().value());
    }

    @Test
    void aPaymentWithoutItsLedgerMovementIsFound() {
        long id = f.memory.ids.nextPaymentId();
        f.memory.payments.record(new Payment(id, unpaid.id(), Optional.of(f.client.id()), PaymentKind.OFFLINE,
                Optional.empty(), Optional.empty(), kopecks(100), Optional.of("planted"), f.clock.instant()));

        onlyFinds("payments", "payment " + id);
    }

    @Test
    void anUnpaidOrderItsPaymentsCoverIsFound() {
        long id = f.memory.ids.nextPaymentId();
        Money rest = kopecks(PRICE - 1_000);
        f.memory.payments.record(new Payment(id, unpaid.id(), Optional.of(f.client.id()), PaymentKind.OFFLINE,
                Optional.empty(), Optional.empty(), rest, Optional.of("planted"), f.clock.instant()));
        f.memory.ledger.post(new Movement("payment:" + id, LedgerAccount.OFFLINE_CLEARING, LedgerAccount.SALES, rest,
                Cause.ORDER_PAYMENT, String.valueOf(unpaid.id().value()), f.clock.instant()));
        assertThat(f.stored(unpaid).status()).isEqualTo(OrderStatus.UNPAID);

        onlyFinds("statuses", "order " + unpaid.id().value());
    }

    @Test
    void onlyAdministratorsRunIt() {
        for (Role role : new Role[] {Role.SUPERVISOR, Role.SITE_MANAGER, Role.POINT_MANAGER, Role.OPERATOR}) {
            Caller.SignedIn staff = f.memory.signedIn(role, role.name().toLowerCase() + "@ordercore.test");
            assertThatThrownBy(() -> f.core.payments().checkIntegrity(staff)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> f.core.payments().checkIntegrity(f.client)).isInstanceOf(AccessDeniedException.class);
    }
}
