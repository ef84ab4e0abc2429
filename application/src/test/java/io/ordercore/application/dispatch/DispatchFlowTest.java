package io.ordercore.application.dispatch;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.CallReport;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.TelephonyUseCase.Outcome;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.application.testing.TestOperators;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole way of an order after payment: proposed to the best operator, refused, proposed to the
 * next, confirmed, called, completed, the fee credited, reviewed, and the review moving the rating.
 */
class DispatchFlowTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private final TestOperators operators = new TestOperators(memory, admin);
    private long callType;
    private Caller.SignedIn client;

    @BeforeEach
    void seed() {
        callType = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        client = memory.signedIn(Role.CLIENT, "client@example.com");
    }

    private Order paidOrder() {
        return core.placeCallOrder().place(client, aForm(callType).with("couponCode", coupons.full()).build()).order();
    }

    private Order stored(Order order) {
        return memory.orders.find(order.id()).orElseThrow();
    }

    private CallReport call(Order order, Caller.SignedIn operator, String start, String end, long seconds, String url,
                            boolean ready) {
        return new CallReport(order.id().value(), operator.id().value(), start, end, seconds, url, "ANSWERED", ready);
    }

    private long mails(NotificationType type) {
        return memory.outbox.all().stream().filter(m -> m.notification().type() == type).count();
    }

    @Test
    void aPaidOrderGoesFromProposalToCompletionToAReviewThatMovesTheRating() {
        Caller.SignedIn best = operators.operator("best@example.com", "FEMALE", 30_000);
        Caller.SignedIn next = operators.operator("next@example.com", "MALE", 25_000);
        memory.operators.addToRating(best.id(), 5); // ranks first

        Order paid = paidOrder();

        Order proposed = stored(paid);
        assertThat(proposed.status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(proposed.operator()).contains(best.id());
        assertThat(mails(NotificationType.ORDER_PROPOSED)).isEqualTo(1);
        assertThat(core.operatorCabinet().proposals(best)).extracting(Order::id).containsExactly(paid.id());

        Order reproposed = core.operatorCabinet().refuse(best, paid.id(), "busy");
        assertThat(reproposed.status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(reproposed.operator()).contains(next.id());
        assertThat(core.operatorCabinet().proposals(best)).isEmpty();

        Order confirmed = core.operatorCabinet().confirm(next, paid.id());
        assertThat(confirmed.status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThatThrownBy(() -> core.operatorCabinet().refuse(next, paid.id(), "changed my mind"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("CANNOT_REFUSE"));

        Outcome outcome = core.telephony().report(call(paid, next, "2026-11-25T07:10:00Z", "2026-11-25T07:10:25Z", 25,
                null, false));
        assertThat(outcome).isEqualTo(Outcome.COMPLETED);
        Order completed = stored(paid);
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.operator()).contains(next.id());
        assertThat(core.operatorCabinet().earnings(next).available()).isEqualTo(Money.kopecks(25_000));
        assertThat(core.operatorCabinet().earnings(next).entries()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EarningKind.FEE));
        assertThat(mails(NotificationType.ORDER_COMPLETED)).as("not before the recording is ready").isZero();

        Outcome ready = core.telephony().report(call(paid, next, "2026-11-25T07:10:00Z", "2026-11-25T07:10:25Z", 25,
                "https://rec.example.com/1.mp3", true));
        assertThat(ready).isEqualTo(Outcome.RECORDING_READY);
        assertThat(mails(NotificationType.ORDER_COMPLETED)).isEqualTo(1);
        assertThat(core.telephony().report(call(paid, next, "2026-11-25T07:10:00Z", "2026-11-25T07:10:25Z", 25,
                "https://rec.example.com/1.mp3", true))).isEqualTo(Outcome.DUPLICATE);
        assertThat(mails(NotificationType.ORDER_COMPLETED)).as("a repeated callback changes nothing").isEqualTo(1);
        assertThat(core.operatorCabinet().earnings(next).entries()).hasSize(1);

        var review = core.reviews().leave(client, paid.id(), "Lovely call", 1);
        assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(operators.profile(next).operator().rating()).isZero();
        assertThat(core.reviews().moderate(admin, List.of(review.id()), true)).isEqualTo(1);
        assertThat(operators.profile(next).operator().rating()).isEqualTo(1);
        assertThat(core.reviews().moderate(admin, List.of(review.id()), true)).as("moderated once").isZero();
        assertThat(operators.profile(next).operator().rating()).isEqualTo(1);

        assertThat(core.dispatch().explain(admin, paid.id())).extracting(Dispatches.Decision::chosen)
                .containsExactly(java.util.Optional.of(best.id()), java.util.Optional.of(next.id()));
    }

    @Test
    void aShortCallKeepsTheOrderInProgressAndEarnsNothing() {
        Caller.SignedIn only = operators.operator("only@example.com", "FEMALE", 30_000);
        Order paid = paidOrder();
        core.operatorCabinet().confirm(only, paid.id());

        Outcome outcome = core.telephony().report(call(paid, only, "2026-11-25T07:10:00Z", "2026-11-25T07:10:19Z", 19,
                null, false));

        assertThat(outcome).isEqualTo(Outcome.TOO_SHORT);
        assertThat(stored(paid).status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(core.operatorCabinet().earnings(only).available()).isEqualTo(Money.kopecks(0));
        assertThat(core.telephony().report(call(paid, only, "2026-11-25T07:20:00Z", "2026-11-25T07:20:20Z", 20,
                null, false))).as("20 s is enough").isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void withNoCandidateThePaidOrderWaitsAndIsTakenOnceAnOperatorExists() {
        Order paid = paidOrder();

        assertThat(stored(paid).status()).isEqualTo(OrderStatus.PAID);
        assertThat(core.dispatch().awaitingOperator(admin, 10)).extracting(Dispatches.Task::order).containsExactly(paid.id());
        assertThat(core.dispatch().dashboard(admin).awaitingOperator()).isEqualTo(1);

        Caller.SignedIn late = operators.operator("late@example.com", "MALE", 10_000);
        assertThat(core.dispatch().runScheduled(Caller.system("scheduler"), 10)).as("not due yet").isZero();
        clock.advance(java.time.Duration.ofMinutes(5));
        assertThat(core.dispatch().runScheduled(Caller.system("scheduler"), 10)).isEqualTo(1);

        assertThat(stored(paid).operator()).contains(late.id());
        assertThat(core.dispatch().awaitingOperator(admin, 10)).isEmpty();
    }
}
