package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operators request payouts of what they earned; administrators move the requests along by hand. */
class PayoutsTest {

    private final DispatchFixture f = new DispatchFixture();
    private Caller.SignedIn earner;

    @BeforeEach
    void earnOneFee() {
        earner = f.operators.operator("earner@example.com", "FEMALE", 30_000);
        f.completedBy(earner);
        assertThat(available(earner)).isEqualTo(Money.kopecks(30_000));
    }

    private Money available(Caller.SignedIn operator) {
        return f.core.operatorCabinet().earnings(operator).available();
    }

    private PayoutRequest request(long kopecks) {
        return f.core.operatorCabinet().requestPayout(earner, kopecks);
    }

    private PayoutRequest set(PayoutRequest payout, PayoutStatus status) {
        return f.core.payouts().setStatus(f.admin, payout.id(), status.name(), null);
    }

    private static void refusedAs(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aRequestWithinTheBalanceIsProcessingAndHoldsItsAmount() {
        PayoutRequest payout = request(10_000);

        assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(payout.amount()).isEqualTo(Money.kopecks(10_000));
        assertThat(payout.payee()).isEqualTo(earner.id());
        assertThat(available(earner)).isEqualTo(Money.kopecks(20_000));
        assertThat(f.core.operatorCabinet().myPayouts(earner)).extracting(PayoutRequest::id).containsExactly(payout.id());
        assertThat(f.core.dispatch().dashboard(f.admin).payoutsProcessing()).isEqualTo(1);
    }

    @Test
    void theWholeBalanceMayBeRequestedButNotOneKopeckMore() {
        refusedAs(() -> request(30_001), "OVER_BALANCE");
        assertThat(available(earner)).isEqualTo(Money.kopecks(30_000));
        assertThat(f.core.operatorCabinet().myPayouts(earner)).isEmpty();

        request(30_000);
        assertThat(available(earner)).isEqualTo(Money.kopecks(0));
        refusedAs(() -> request(1), "OVER_BALANCE");
    }

    @Test
    void twoRequestsTogetherCannotExceedTheBalance() {
        request(20_000);

        refusedAs(() -> request(10_001), "OVER_BALANCE");
        assertThat(request(10_000).status()).isEqualTo(PayoutStatus.PROCESSING);
    }

    @Test
    void aMissingZeroOrNegativeAmountIsInvalid() {
        for (Long amount : new Long[] {null, 0L, -500L}) {
            assertThatThrownBy(() -> f.core.operatorCabinet().requestPayout(earner, amount))
                    .as("amount %s", amount)
                    .isInstanceOfSatisfying(ValidationException.class, e ->
                            assertThat(e.errors()).extracting(FieldError::field).containsExactly("amountKopecks"));
        }
        assertThat(f.core.operatorCabinet().myPayouts(earner)).isEmpty();
        assertThat(available(earner)).isEqualTo(Money.kopecks(30_000));
    }

    @Test
    void onlyOperatorsRequestPayouts() {
        assertThatThrownBy(() -> f.core.operatorCabinet().requestPayout(f.client, 100L))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.operatorCabinet().requestPayout(f.admin, 100L))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCancelledRequestReleasesItsAmountAndIsFinal() {
        PayoutRequest payout = request(30_000);

        PayoutRequest cancelled = set(payout, PayoutStatus.CANCELLED);

        assertThat(cancelled.status()).isEqualTo(PayoutStatus.CANCELLED);
        assertThat(available(earner)).isEqualTo(Money.kopecks(30_000));
        refusedAs(() -> set(payout, PayoutStatus.PROCESSING), "PAYOUT_STATUS_REFUSED");
        assertThat(available(earner)).isEqualTo(Money.kopecks(30_000));
        assertThat(f.mails(NotificationType.PAYOUT_TRANSFERRED)).isEmpty();
    }

    @Test
    void aTransferredRequestEmailsTheOperatorAndIsFinal() {
        PayoutRequest payout = request(12_345);

        PayoutRequest transferred = f.core.payouts().setStatus(f.admin, payout.id(), "TRANSFERRED", "bank ref 77");

        assertThat(transferred.status()).isEqualTo(PayoutStatus.TRANSFERRED);
        assertThat(transferred.note()).contains("bank ref 77");
        assertThat(f.mails(NotificationType.PAYOUT_TRANSFERRED)).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo(earner.email());
            assertThat(mail.params()).containsEntry("payoutId", String.valueOf(payout.id()))
                    .containsEntry("amount", "123.45").containsEntry("currency", "RUB");
        });
        assertThat(available(earner)).as("transferred money stays spent").isEqualTo(Money.kopecks(30_000 - 12_345));

        for (PayoutStatus next : PayoutStatus.values()) {
            refusedAs(() -> set(payout, next), "PAYOUT_STATUS_REFUSED");
        }
        assertThat(f.memory.earnings.payout(payout.id()).orElseThrow().status()).isEqualTo(PayoutStatus.TRANSFERRED);
        assertThat(f.mails(NotificationType.PAYOUT_TRANSFERRED)).as("told once").hasSize(1);
    }

    @Test
    void anErrorMayGoBackToProcessingAndStillHoldsTheAmount() {
        PayoutRequest payout = request(10_000);

        assertThat(set(payout, PayoutStatus.ERROR).status()).isEqualTo(PayoutStatus.ERROR);
        assertThat(available(earner)).as("held while the error is resolved").isEqualTo(Money.kopecks(20_000));
        assertThat(set(payout, PayoutStatus.PROCESSING).status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(set(payout, PayoutStatus.TRANSFERRED).status()).isEqualTo(PayoutStatus.TRANSFERRED);
    }

    @Test
    void aRequestCannotStayWhereItIs() {
        PayoutRequest payout = request(10_000);

        refusedAs(() -> set(payout, PayoutStatus.PROCESSING), "PAYOUT_STATUS_REFUSED");
    }

    @Test
    void aMalformedStatusOrUnknownPayoutIsRefused() {
        PayoutRequest payout = request(10_000);

        assertThatThrownBy(() -> f.core.payouts().setStatus(f.admin, payout.id(), "PAID", null))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("status"));
        assertThatThrownBy(() -> f.core.payouts().setStatus(f.admin, payout.id(), null, null))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("status"));
        assertThatThrownBy(() -> f.core.payouts().setStatus(f.admin, 999_999, "CANCELLED", null))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.memory.earnings.payout(payout.id()).orElseThrow().status()).isEqualTo(PayoutStatus.PROCESSING);
    }

    @Test
    void theListFiltersByStatusAndPayee() {
        Caller.SignedIn second = f.operators.operator("second@example.com", "MALE", 20_000);
        f.completedBy(second);
        PayoutRequest mineProcessing = request(5_000);
        PayoutRequest mineCancelled = set(request(6_000), PayoutStatus.CANCELLED);
        PayoutRequest theirs = f.core.operatorCabinet().requestPayout(second, 7_000L);

        assertThat(f.core.payouts().list(f.admin, null, null, null, null)).extracting(PayoutRequest::id)
                .containsExactly(theirs.id(), mineCancelled.id(), mineProcessing.id());
        assertThat(f.core.payouts().list(f.admin, "PROCESSING", null, null, null)).extracting(PayoutRequest::id)
                .containsExactly(theirs.id(), mineProcessing.id());
        assertThat(f.core.payouts().list(f.admin, null, earner.id().value(), null, null)).extracting(PayoutRequest::id)
                .containsExactly(mineCancelled.id(), mineProcessing.id());
        assertThat(f.core.payouts().list(f.admin, "CANCELLED", second.id().value(), null, null)).isEmpty();
        assertThat(f.core.payouts().list(f.admin, "processing", earner.id().value(), null, null))
                .extracting(PayoutRequest::id).containsExactly(mineProcessing.id());
        assertThatThrownBy(() -> f.core.payouts().list(f.admin, "LOST", null, null, null))
                .isInstanceOf(ValidationException.class);
        assertThat(f.core.operatorCabinet().myPayouts(second)).extracting(PayoutRequest::id).containsExactly(theirs.id());
    }

    @Test
    void onlyAnAdministratorSetsTheStatus() {
        PayoutRequest payout = request(10_000);
        Caller.SignedIn siteManager = f.staff(Role.SITE_MANAGER);

        assertThat(f.core.payouts().list(siteManager, null, null, null, null)).hasSize(1);
        for (Caller who : new Caller[] {siteManager, f.staff(Role.SUPERVISOR), earner, f.client}) {
            assertThatThrownBy(() -> f.core.payouts().setStatus(who, payout.id(), "TRANSFERRED", null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> f.core.payouts().list(earner, null, null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.memory.earnings.payout(payout.id()).orElseThrow().status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(f.mails(NotificationType.PAYOUT_TRANSFERRED)).isEmpty();
    }
}
