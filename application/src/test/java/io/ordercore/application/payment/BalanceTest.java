package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.PRICE;
import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.BalanceUseCase.BalanceView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** The points balance: paying an order with it, giving it to another client, corrections, reading it. */
class BalanceTest {

    private final PaymentFixture f = new PaymentFixture();
    private final Caller.SignedIn other = f.newClient("other@example.com");

    // --- paying an order -----------------------------------------------------------------------

    @Test
    void aPartOfTheOrderFromTheBalanceThenTheRestThroughTheGateway() {
        Order order = f.unpaidOrder();
        f.credit(f.client, 20_000);

        Order partly = f.core.balance().payOrder(f.client, order.id(), 15_000L);

        assertThat(partly.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(f.stored(order).history()).last().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(OrderHistoryEntry.Kind.PAYMENT);
            assertThat(h.reason()).hasValueSatisfying(r -> assertThat(r).contains("partially paid"));
        });
        assertThat(f.points(f.client)).isEqualTo(kopecks(5_000));
        assertThat(f.payments(order)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.BALANCE);
            assertThat(p.amount()).isEqualTo(kopecks(15_000));
            assertThat(p.payer()).contains(f.client.id());
        });
        assertThat(f.entries(LedgerAccount.BONUS_EXPENSE)).as("points spent earn no bonus").isEmpty();
        assertThat(f.memory.dispatches.task(order.id())).as("not dispatched before it is paid").isEmpty();

        assertThat(f.pay(order, "pm-1", "350.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.payments(order)).extracting(Payment::kind, Payment::amount).containsExactly(
                tuple(PaymentKind.BALANCE, kopecks(15_000)), tuple(PaymentKind.GATEWAY, kopecks(35_000)));
        assertThat(f.balance(LedgerAccount.SALES)).isEqualTo(kopecks(PRICE));
        assertThat(f.memory.dispatches.task(order.id())).isPresent();
    }

    @Test
    void nullPaysAllThatIsOutstanding() {
        Order order = f.unpaidOrder();
        f.credit(f.client, 60_000);

        Order paid = f.core.balance().payOrder(f.client, order.id(), null);

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.payments(order)).extracting(Payment::amount).containsExactly(kopecks(PRICE));
        assertThat(f.memory.dispatches.task(order.id())).isPresent();
    }

    @Test
    void askingMoreThanIsOutstandingPaysOnlyWhatIsOutstanding() {
        Order order = f.unpaidOrder();
        f.credit(f.client, 60_000);

        f.core.balance().payOrder(f.client, order.id(), 60_000L);

        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void payingMoreThanTheBalanceIsRefusedAndChangesNothing() {
        Order order = f.unpaidOrder();
        f.credit(f.client, 10_000);
        PaymentFixture.Snapshot before = f.snapshot(order);

        assertThatThrownBy(() -> f.core.balance().payOrder(f.client, order.id(), 10_001L))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE"));
        assertThatThrownBy(() -> f.core.balance().payOrder(f.client, order.id(), null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE"));

        assertThat(f.snapshot(order)).isEqualTo(before);
        assertThat(f.payments(order)).isEmpty();
        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
    }

    @Test
    void anAmountToPayMustBePositive() {
        Order order = f.unpaidOrder();
        f.credit(f.client, 10_000);

        assertThatThrownBy(() -> f.core.balance().payOrder(f.client, order.id(), 0L))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(tuple("amountKopecks", "NOT_POSITIVE")));
        assertThatThrownBy(() -> f.core.balance().payOrder(f.client, order.id(), -5L))
                .isInstanceOf(ValidationException.class);
        assertThat(f.payments(order)).isEmpty();
    }

    @Test
    void onlyTheOwnersUnpaidOrderIsPaidFromTheBalance() {
        Order order = f.unpaidOrder();
        f.credit(other, 60_000);
        f.credit(f.client, 60_000);

        assertThatThrownBy(() -> f.core.balance().payOrder(other, order.id(), null)).isInstanceOf(NotFoundException.class);
        assertThat(f.points(other)).isEqualTo(kopecks(60_000));

        f.core.balance().payOrder(f.client, order.id(), null);
        assertThatThrownBy(() -> f.core.balance().payOrder(f.client, order.id(), null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_PAYABLE"));
        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
    }

    // --- transfers -----------------------------------------------------------------------------

    @Test
    void aTransferMovesExactlyTheAmountAndTellsBothSides() {
        f.credit(f.client, 10_000);

        Money mine = f.core.balance().transfer(f.client, "other@example.com", 3_333L);

        assertThat(mine).isEqualTo(kopecks(6_667));
        assertThat(f.points(f.client)).isEqualTo(kopecks(6_667));
        assertThat(f.points(other)).isEqualTo(kopecks(3_333));
        assertThat(f.entries(other)).singleElement().satisfies(e -> assertThat(e.cause()).isEqualTo(Cause.TRANSFER));
        assertThat(f.mails(NotificationType.POINTS_TRANSFERRED)).extracting(n -> n.recipient().value())
                .containsExactlyInAnyOrder("client@example.com", "other@example.com");
        assertThat(f.mails(NotificationType.POINTS_TRANSFERRED)).allSatisfy(
                (Notification n) -> assertThat(n.params()).containsEntry("amount", "33.33"));
    }

    @Test
    void aTransferIsOfAPositiveAmount() {
        f.credit(f.client, 10_000);

        for (Long amount : new Long[] {0L, -1L, null}) {
            assertThatThrownBy(() -> f.core.balance().transfer(f.client, "other@example.com", amount))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("amountKopecks"));
        }
        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.points(other)).isEqualTo(kopecks(0));
        assertThat(f.mails(NotificationType.POINTS_TRANSFERRED)).isEmpty();
    }

    @Test
    void aTransferToOneselfIsRefused() {
        f.credit(f.client, 10_000);

        assertThatThrownBy(() -> f.core.balance().transfer(f.client, "client@example.com", 1_000L))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(tuple("toEmail", "SELF_TRANSFER")));
        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.entries(f.client)).hasSize(1);
    }

    @Test
    void aTransferGoesToAKnownClientOnly() {
        f.credit(f.client, 10_000);
        f.memory.signedIn(Role.OPERATOR, "operator@ordercore.test");

        for (String to : new String[] {"nobody@example.com", "admin@ordercore.test", "operator@ordercore.test"}) {
            assertThatThrownBy(() -> f.core.balance().transfer(f.client, to, 1_000L))
                    .as(to).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::code).containsExactly(tuple("toEmail", "UNKNOWN_CLIENT")));
        }
        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.entries(LedgerAccount.clientPoints(f.admin.id()))).isEmpty();
    }

    @Test
    void aTransferOfMoreThanTheBalanceIsRefusedAndMovesNothing() {
        f.credit(f.client, 10_000);
        f.credit(other, 500);

        assertThatThrownBy(() -> f.core.balance().transfer(f.client, "other@example.com", 10_001L))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE"));

        assertThat(f.points(f.client)).isEqualTo(kopecks(10_000));
        assertThat(f.points(other)).isEqualTo(kopecks(500));
        assertThat(f.entries(f.client)).hasSize(1);
        assertThat(f.mails(NotificationType.POINTS_TRANSFERRED)).isEmpty();
    }

    @Test
    void theWholeBalanceMayBeTransferred() {
        f.credit(f.client, 10_000);

        assertThat(f.core.balance().transfer(f.client, "OTHER@example.com", 10_000L)).isEqualTo(kopecks(0));

        assertThat(f.points(other)).isEqualTo(kopecks(10_000));
    }

    // --- adjustments ---------------------------------------------------------------------------

    @Test
    void administratorsAdjustBalancesBothWays() {
        assertThat(f.core.balance().adjust(f.admin, f.client.id().value(), 10_000L, "goodwill")).isEqualTo(kopecks(10_000));
        assertThat(f.core.balance().adjust(f.admin, f.client.id().value(), -4_000L, "mistake")).isEqualTo(kopecks(6_000));

        assertThat(f.entries(f.client)).extracting(LedgerEntry::cause, LedgerEntry::amount, LedgerEntry::causeRef)
                .containsExactly(tuple(Cause.ADJUSTMENT, kopecks(-4_000), "mistake"),
                        tuple(Cause.ADJUSTMENT, kopecks(10_000), "goodwill"));
        assertThat(f.balance(LedgerAccount.ADJUSTMENTS)).isEqualTo(kopecks(-6_000));
    }

    @Test
    void onlyAdministratorsAdjust() {
        for (Role role : new Role[] {Role.SUPERVISOR, Role.SITE_MANAGER, Role.POINT_MANAGER, Role.OPERATOR}) {
            Caller.SignedIn staff = f.memory.signedIn(role, role.name().toLowerCase() + "@ordercore.test");
            assertThatThrownBy(() -> f.core.balance().adjust(staff, f.client.id().value(), 10_000L, "why not"))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> f.core.balance().adjust(f.client, f.client.id().value(), 10_000L, "why not"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.points(f.client)).isEqualTo(kopecks(0));
    }

    @Test
    void aZeroAdjustmentIsRefused() {
        assertThatThrownBy(() -> f.core.balance().adjust(f.admin, f.client.id().value(), 0L, "nothing"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(tuple("amountKopecks", "ZERO")));
        assertThat(f.allEntries(f.client)).isEmpty();
    }

    @Test
    void anAdjustmentNeedsAReason() {
        assertThatThrownBy(() -> f.core.balance().adjust(f.admin, f.client.id().value(), 100L, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reason"));
        assertThat(f.allEntries(f.client)).isEmpty();
    }

    @Test
    void aDebitBelowZeroIsRefused() {
        f.credit(f.client, 1_000);

        assertThatThrownBy(() -> f.core.balance().adjust(f.admin, f.client.id().value(), -1_001L, "too much"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE"));

        assertThat(f.points(f.client)).isEqualTo(kopecks(1_000));
        assertThat(f.entries(f.client)).hasSize(1);
        assertThat(f.core.balance().adjust(f.admin, f.client.id().value(), -1_000L, "exactly all")).isEqualTo(kopecks(0));
    }

    @Test
    void onlyClientsHaveBalancesToAdjust() {
        assertThatThrownBy(() -> f.core.balance().adjust(f.admin, f.admin.id().value(), 100L, "me"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.core.balance().adjust(f.admin, 999_999L, 100L, "nobody"))
                .isInstanceOf(NotFoundException.class);
    }

    // --- reading -------------------------------------------------------------------------------

    @Test
    void mineShowsTheBalanceAndEntriesNewestFirst() {
        f.credit(f.client, 10_000);
        f.core.balance().transfer(f.client, "other@example.com", 3_000L);
        Order order = f.unpaidOrder();
        f.core.balance().payOrder(f.client, order.id(), 2_000L);

        BalanceView view = f.core.balance().mine(f.client);

        assertThat(view.balance()).isEqualTo(kopecks(5_000));
        assertThat(view.entries()).extracting(LedgerEntry::cause, LedgerEntry::amount).containsExactly(
                tuple(Cause.ORDER_PAYMENT, kopecks(-2_000)),
                tuple(Cause.TRANSFER, kopecks(-3_000)),
                tuple(Cause.ADJUSTMENT, kopecks(10_000)));
        assertThat(f.core.balance().mine(other).balance()).isEqualTo(kopecks(3_000));
    }

    @Test
    void staffReadAnyClientsBalanceClientsMayNot() {
        f.credit(f.client, 10_000);

        assertThat(f.core.balance().of(f.admin, f.client.id().value()).balance()).isEqualTo(kopecks(10_000));
        for (Role role : new Role[] {Role.SUPERVISOR, Role.SITE_MANAGER}) {
            Caller.SignedIn staff = f.memory.signedIn(role, role.name().toLowerCase() + "@ordercore.test");
            assertThat(f.core.balance().of(staff, f.client.id().value()).entries()).hasSize(1);
        }
        assertThatThrownBy(() -> f.core.balance().of(other, f.client.id().value())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.balance().of(f.client, f.client.id().value()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.balance().of(f.admin, 999_999L)).isInstanceOf(NotFoundException.class);
    }
}
