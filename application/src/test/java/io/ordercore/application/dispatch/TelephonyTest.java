package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.ordercore.application.port.in.CallReport;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderPageUseCase.OrderPageView;
import io.ordercore.application.port.in.TelephonyUseCase.Outcome;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.NotPermittedException;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Telephony's reports: malformed ones are refused field by field, only the holding operator's call
 * counts, and a completed call with its recording ready sends the client the order page's link.
 */
class TelephonyTest {

    private static final String START = "2026-11-25T07:10:00Z";
    private static final String END = "2026-11-25T07:10:30Z";
    private static final String RECORDING = "https://rec.example.com/42.mp3";

    private final DispatchFixture f = new DispatchFixture();
    private Caller.SignedIn holder;
    private Caller.SignedIn stranger;
    private Order order;

    @BeforeEach
    void anOrderInProgress() {
        holder = f.operators.operator("holder@example.com", "FEMALE", 30_000);
        stranger = f.operators.operator("stranger@example.com", "FEMALE", 30_000);
        f.memory.operators.addToRating(holder.id(), 5);
        order = f.paidOrder();
        f.core.operatorCabinet().confirm(holder, order.id());
    }

    private CallReport report(Long orderId, Long operatorId, String start, String end, Long seconds, String url,
                              Boolean ready) {
        return new CallReport(orderId, operatorId, start, end, seconds, url, "ANSWERED", ready);
    }

    private CallReport report(Caller.SignedIn by, long seconds, String url, Boolean ready) {
        return report(order.id().value(), by.id().value(), START, END, seconds, url, ready);
    }

    private static void invalid(CallReport report, String field, String code, DispatchFixture f) {
        assertThatThrownBy(() -> f.core.telephony().report(report)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code).contains(tuple(field, code)));
    }

    private void nothingChanged() {
        Order now = f.stored(order);
        assertThat(now.status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(now.operator()).contains(holder.id());
        assertThat(f.memory.callResults.forOrder(order.id())).isEmpty();
        assertThat(f.memory.earnings.available(holder.id())).isEqualTo(Money.kopecks(0));
        assertThat(f.memory.earnings.available(stranger.id())).isEqualTo(Money.kopecks(0));
        assertThat(f.mails(NotificationType.ORDER_COMPLETED)).isEmpty();
    }

    private String pageToken() {
        return f.mails(NotificationType.ORDER_COMPLETED).stream().map(Notification::params).map(p -> p.get("pageToken"))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aReportWithEveryFieldMissingNamesEachOne() {
        assertThatThrownBy(() -> f.core.telephony().report(new CallReport(null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                                tuple("orderId", "REQUIRED"), tuple("operatorId", "REQUIRED"), tuple("start", "REQUIRED"),
                                tuple("end", "REQUIRED"), tuple("durationSeconds", "REQUIRED")));
        invalid(report(order.id().value(), holder.id().value(), "  ", END, 25L, null, false), "start", "REQUIRED", f);
        nothingChanged();
    }

    @Test
    void badInstantsAreRefusedByField() {
        invalid(report(order.id().value(), holder.id().value(), "yesterday", END, 25L, null, false),
                "start", "INVALID_INSTANT", f);
        invalid(report(order.id().value(), holder.id().value(), START, "2026-11-25 07:10:30", 25L, null, false),
                "end", "INVALID_INSTANT", f);
        nothingChanged();
    }

    @Test
    void aCallThatEndsBeforeItStartsIsRefusedOnTheEndField() {
        invalid(report(order.id().value(), holder.id().value(), END, START, 25L, null, false), "end", "END_BEFORE_START", f);
        nothingChanged();
    }

    @Test
    void aNegativeDurationIsRefusedOnTheDurationField() {
        invalid(report(order.id().value(), holder.id().value(), START, END, -1L, null, false),
                "durationSeconds", "OUT_OF_RANGE", f);
        nothingChanged();
    }

    @Test
    void aReadyRecordingNeedsItsUrl() {
        invalid(report(holder, 25, null, true), "recordingUrl", "REQUIRED", f);
        invalid(report(holder, 25, " ", true), "recordingUrl", "REQUIRED", f);
        nothingChanged();
    }

    @Test
    void aCallForAnUnknownOrderIsNotFound() {
        assertThatThrownBy(() -> f.core.telephony().report(report(999_999L, holder.id().value(), START, END, 25L, null,
                false))).isInstanceOf(NotFoundException.class);
        nothingChanged();
    }

    @Test
    void aCompletingCallFromAnOperatorWhoDoesNotHoldTheOrderIsNotPermitted() {
        assertThatThrownBy(() -> f.core.telephony().report(report(stranger, 25, RECORDING, true)))
                .isInstanceOf(NotPermittedException.class);

        nothingChanged();
        assertThat(f.completingCall(order, holder)).as("the holder's call still counts").isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void aShortCallFromAnOperatorWhoDoesNotHoldTheOrderIsNotPermittedEither() {
        assertThatThrownBy(() -> f.core.telephony().report(report(stranger, 10, RECORDING, true)))
                .isInstanceOf(NotPermittedException.class);

        nothingChanged();
        assertThatThrownBy(() -> f.core.orderPages().recordingForDownload(f.client, order.id()))
                .as("no stranger's recording on the client's order").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCompletingCallWithItsRecordingReadyTellsTheClientAtOnce() {
        Outcome outcome = f.core.telephony().report(report(holder, 25, RECORDING, true));

        assertThat(outcome).isEqualTo(Outcome.COMPLETED);
        Order completed = f.stored(order);
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.operator()).contains(holder.id());
        assertThat(f.memory.dispatches.task(order.id())).isEmpty();
        assertThat(f.memory.earnings.available(holder.id())).isEqualTo(Money.kopecks(30_000));
        assertThat(f.mails(NotificationType.ORDER_COMPLETED)).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo(f.client.email());
            assertThat(mail.params()).containsEntry("orderId", order.id().toString()).containsKey("pageToken");
        });

        assertThat(f.core.telephony().report(report(holder, 25, RECORDING, true))).isEqualTo(Outcome.DUPLICATE);
        assertThat(f.mails(NotificationType.ORDER_COMPLETED)).as("once").hasSize(1);
    }

    @Test
    void theLinkInTheMailOpensTheOrderPageWithTheRecording() {
        f.core.telephony().report(report(holder, 25, RECORDING, true));

        Optional<OrderPageView> page = f.core.orderPages().page(pageToken());

        assertThat(page).hasValueSatisfying(view -> {
            assertThat(view.order().id()).isEqualTo(order.id());
            assertThat(view.order().status()).isEqualTo(OrderStatus.COMPLETED);
            assertThat(view.recordings()).containsExactly(RECORDING);
        });
        assertThat(f.core.orderPages().page(" " + pageToken() + " ")).as("trimmed").isPresent();
    }

    @Test
    void aRecordingReadyLaterSendsTheSameLink() {
        f.core.telephony().report(report(holder, 25, null, false));
        assertThat(f.mails(NotificationType.ORDER_COMPLETED)).isEmpty();

        assertThat(f.core.telephony().report(report(holder, 25, RECORDING, true))).isEqualTo(Outcome.RECORDING_READY);

        assertThat(f.core.orderPages().page(pageToken())).hasValueSatisfying(view ->
                assertThat(view.recordings()).containsExactly(RECORDING));
    }

    @Test
    void anUnknownTokenOpensNothing() {
        f.core.telephony().report(report(holder, 25, RECORDING, true));

        assertThat(f.core.orderPages().page("a-random-token-nobody-was-given")).isEmpty();
        assertThat(f.core.orderPages().page(pageToken().substring(1))).isEmpty();
        assertThat(f.core.orderPages().page("")).isEmpty();
        assertThat(f.core.orderPages().page(null)).isEmpty();
        assertThat(f.core.orderPages().page("x".repeat(101))).isEmpty();
    }

    @Test
    void onlyTheOwnerDownloadsTheRecording() {
        f.core.telephony().report(report(holder, 25, RECORDING, true));

        assertThat(f.core.orderPages().recordingForDownload(f.client, order.id())).isEqualTo(RECORDING);
        Caller.SignedIn otherClient = f.memory.signedIn(Role.CLIENT, "other@example.com");
        for (Caller who : new Caller[] {otherClient, holder, f.admin}) {
            assertThatThrownBy(() -> f.core.orderPages().recordingForDownload(who, order.id()))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> f.core.orderPages().recordingForDownload(Caller.anonymous(), order.id()))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void withoutARecordingThereIsNothingToDownload() {
        f.completingCall(order, holder);

        assertThatThrownBy(() -> f.core.orderPages().recordingForDownload(f.client, order.id()))
                .isInstanceOf(NotFoundException.class);
    }
}
