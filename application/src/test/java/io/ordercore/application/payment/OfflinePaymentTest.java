package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.PRICE;
import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Money paid outside (cash, bank transfer), marked by an administrator or the order's point manager. */
class OfflinePaymentTest {

    private final PaymentFixture f = new PaymentFixture();
    private final Order order = f.unpaidOrder();
    private final Caller.SignedIn manager = f.memory.signedIn(Role.POINT_MANAGER, "manager@ordercore.test",
            InMemoryCore.MAIN_POINT);

    private Order mark(Caller caller, Long kopecks, String reference, String date) {
        return f.core.payments().markOffline(caller, order.id(), kopecks, reference, date);
    }

    @Test
    void anAdministratorMarksTheWholeAmountAndTheOrderIsPaid() {
        Order paid = mark(f.admin, PRICE, "cash receipt 17", "2026-11-22");

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.payments(order)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.OFFLINE);
            assertThat(p.amount()).isEqualTo(kopecks(PRICE));
            assertThat(p.payer()).as("the order's owner").contains(f.client.id());
            assertThat(p.reference()).hasValueSatisfying(r -> assertThat(r).contains("cash receipt 17").contains("2026-11-22"));
        });
        assertThat(f.entries(LedgerAccount.OFFLINE_CLEARING)).extracting(LedgerEntry::amount).containsExactly(kopecks(-PRICE));
        assertThat(f.entries(LedgerAccount.SALES)).extracting(LedgerEntry::amount).containsExactly(kopecks(PRICE));
        assertThat(f.entries(f.client)).extracting(LedgerEntry::cause, LedgerEntry::amount)
                .containsExactly(tuple(Cause.BONUS, kopecks(2_500)));
        assertThat(f.memory.dispatches.task(order.id())).isPresent();
    }

    @Test
    void thePointManagerMarksPartsUntilTheOrderIsCovered() {
        Order first = mark(manager, 20_000L, "bank transfer 1", null);

        assertThat(first.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(f.stored(order).history()).last().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(OrderHistoryEntry.Kind.PAYMENT);
            assertThat(h.reason()).hasValueSatisfying(r -> assertThat(r).contains("partially paid"));
        });
        assertThat(f.points(f.client)).as("bonus on each part").isEqualTo(kopecks(1_000));
        assertThat(f.memory.dispatches.task(order.id())).isEmpty();

        Order second = mark(manager, 30_000L, "bank transfer 2", "2026-11-23");

        assertThat(second.status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.payments(order)).extracting(Payment::amount).containsExactly(kopecks(20_000), kopecks(30_000));
        assertThat(f.points(f.client)).isEqualTo(kopecks(2_500));
        assertThat(f.memory.dispatches.task(order.id())).isPresent();
    }

    @Test
    void withoutADateTheReferenceNotesToday() {
        mark(f.admin, PRICE, "cash", null);

        assertThat(f.payments(order)).singleElement()
                .satisfies(p -> assertThat(p.reference()).hasValueSatisfying(r -> assertThat(r).contains("2026-11-23")));
    }

    @Test
    void aManagerOfAnotherPointDoesNotSeeTheOrder() {
        PointId elsewhere = f.memory.newPoint("Elsewhere");
        Caller.SignedIn stranger = f.memory.signedIn(Role.POINT_MANAGER, "stranger@ordercore.test", elsewhere);

        assertThatThrownBy(() -> mark(stranger, PRICE, "cash", null)).isInstanceOf(NotFoundException.class);

        assertThat(f.payments(order)).isEmpty();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void moreThanOutstandingIsRefused() {
        mark(f.admin, 30_000L, "cash", null);
        PaymentFixture.Snapshot before = f.snapshot(order);

        assertThatThrownBy(() -> mark(f.admin, 20_001L, "cash", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("amountKopecks", "MORE_THAN_OUTSTANDING")));

        assertThat(f.snapshot(order)).isEqualTo(before);
    }

    @Test
    void theAmountIsRequiredAndPositive() {
        for (Long amount : new Long[] {null, 0L, -100L}) {
            assertThatThrownBy(() -> mark(f.admin, amount, "cash", null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("amountKopecks"));
        }
        assertThat(f.payments(order)).isEmpty();
    }

    @Test
    void aReferenceIsRequired() {
        for (String reference : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> mark(f.admin, PRICE, reference, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("reference"));
        }
        assertThat(f.payments(order)).isEmpty();
    }

    @Test
    void aBadDateIsRefused() {
        for (String date : new String[] {"23.11.2026", "2026-13-01", "yesterday"}) {
            assertThatThrownBy(() -> mark(f.admin, PRICE, "cash", date))
                    .as(date).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::code).containsExactly(tuple("date", "INVALID_DATE")));
        }
        assertThat(f.payments(order)).isEmpty();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void clientsAndOtherStaffMayNotMarkPayments() {
        for (Caller caller : new Caller[] {f.client, f.memory.signedIn(Role.OPERATOR, "op@ordercore.test"),
                f.memory.signedIn(Role.SUPERVISOR, "sup@ordercore.test")}) {
            assertThatThrownBy(() -> mark(caller, PRICE, "cash", null)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(f.payments(order)).isEmpty();
    }

    @Test
    void aPaidOrderTakesNoMoreOfflinePayments() {
        mark(f.admin, PRICE, "cash", null);

        assertThatThrownBy(() -> mark(f.admin, 1L, "more cash", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_PAYABLE"));
        assertThat(f.payments(order)).hasSize(1);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertThatThrownBy(() -> f.core.payments().markOffline(f.admin, PaymentFixture.noSuchOrder(), PRICE, "cash", null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMarkingIsAudited() {
        mark(manager, PRICE, "cash", null);

        assertThat(f.memory.audit.all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("order.pay.offline");
            assertThat(e.target()).isEqualTo("order:" + order.id());
        });
    }
}
