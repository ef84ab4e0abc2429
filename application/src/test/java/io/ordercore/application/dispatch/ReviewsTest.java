package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.ReviewsUseCase.ListForm;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.review.Attitude;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reviews: the owner of a Completed order leaves one; an administrator approves (the attitude moves
 * the operator's rating) or rejects it, once.
 */
class ReviewsTest {

    private final DispatchFixture f = new DispatchFixture();
    private Caller.SignedIn operator;

    @BeforeEach
    void oneOperator() {
        operator = f.operators.operator("op@example.com", "FEMALE", 30_000);
    }

    private int rating() {
        return f.operators.profile(operator).operator().rating();
    }

    private Review leave(Order order, String text, Integer attitude) {
        return f.core.reviews().leave(f.client, order.id(), text, attitude);
    }

    private static ListForm filter(String status, String text, String from, String to, String clientEmail) {
        return new ListForm(status, text, from, to, clientEmail, null, null);
    }

    private static void invalid(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code)));
    }

    @Test
    void theOwnerOfACompletedOrderLeavesAPendingReview() {
        Order order = f.completedBy(operator);

        Review review = leave(order, "  Lovely call  ", 1);

        assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.text()).isEqualTo("Lovely call");
        assertThat(review.attitude()).isEqualTo(Attitude.POSITIVE);
        assertThat(review.operator()).isEqualTo(operator.id());
        assertThat(review.client()).isEqualTo(f.client.id());
        assertThat(rating()).as("not before moderation").isZero();
    }

    @Test
    void nobodyElseMayReviewTheOrder() {
        Order order = f.completedBy(operator);
        Caller.SignedIn stranger = f.memory.signedIn(Role.CLIENT, "stranger@example.com");

        for (Caller who : new Caller[] {stranger, operator, f.admin}) {
            assertThatThrownBy(() -> f.core.reviews().leave(who, order.id(), "Nice", 1)).isInstanceOf(NotFoundException.class);
        }
        assertThat(f.memory.reviews.forOrder(order.id())).isEmpty();
    }

    @Test
    void anOrderNotCompletedCannotBeReviewed() {
        Order paid = f.paidOrder();
        f.core.operatorCabinet().confirm(operator, paid.id());

        assertThatThrownBy(() -> leave(paid, "Where is my call?", -1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_COMPLETED"));
        assertThat(f.memory.reviews.forOrder(paid.id())).isEmpty();
    }

    @Test
    void anOrderIsReviewedOnce() {
        Order order = f.completedBy(operator);
        leave(order, "Lovely call", 1);

        assertThatThrownBy(() -> leave(order, "Second thoughts", -1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("REVIEW_EXISTS"));
        assertThat(f.memory.reviews.forOrder(order.id())).hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("Lovely call"));
    }

    @Test
    void theTextIsRequiredAndAtMost2000Characters() {
        Order order = f.completedBy(operator);

        invalid(() -> leave(order, null, 1), "text", "REQUIRED");
        invalid(() -> leave(order, "   ", 1), "text", "REQUIRED");
        invalid(() -> leave(order, "x".repeat(2001), 1), "text", "TOO_LONG");

        assertThat(leave(order, "x".repeat(2000), 1).text()).hasSize(2000);
    }

    @Test
    void theAttitudeIsPlusOneMinusOneOrNone() {
        Order order = f.completedBy(operator);

        invalid(() -> leave(order, "Hmm", 2), "attitude", "INVALID_ATTITUDE");
        invalid(() -> leave(order, "Hmm", -2), "attitude", "INVALID_ATTITUDE");
        assertThatThrownBy(() -> leave(order, "", 5)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("text", "attitude"));

        assertThat(leave(order, "Fine", null).attitude()).isEqualTo(Attitude.NONE);
        Order other = f.completedBy(operator);
        assertThat(leave(other, "Fine", 0).attitude()).isEqualTo(Attitude.NONE);
        Order third = f.completedBy(operator);
        assertThat(leave(third, "Bad", -1).attitude()).isEqualTo(Attitude.NEGATIVE);
    }

    @Test
    void approvingAppliesTheAttitudeToTheOperatorsRating() {
        Review good = leave(f.completedBy(operator), "Lovely", 1);
        Review bad = leave(f.completedBy(operator), "Rude", -1);
        Review neutral = leave(f.completedBy(operator), "Okay", null);

        assertThat(f.core.reviews().moderate(f.admin, List.of(good.id()), true)).isEqualTo(1);
        assertThat(rating()).isEqualTo(1);
        assertThat(f.core.reviews().moderate(f.admin, List.of(bad.id()), true)).isEqualTo(1);
        assertThat(rating()).isZero();
        assertThat(f.core.reviews().moderate(f.admin, List.of(neutral.id()), true)).isEqualTo(1);
        assertThat(rating()).as("no attitude, no change").isZero();
        assertThat(f.memory.reviews.find(neutral.id())).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.APPROVED);
            assertThat(r.moderatedAt()).isPresent();
        });
    }

    @Test
    void rejectingAppliesNothing() {
        Review good = leave(f.completedBy(operator), "Lovely", 1);
        Review bad = leave(f.completedBy(operator), "Rude", -1);

        assertThat(f.core.reviews().moderate(f.admin, List.of(good.id(), bad.id()), false)).isEqualTo(2);

        assertThat(rating()).isZero();
        assertThat(f.memory.reviews.find(good.id()).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void aReviewIsModeratedOnlyOnce() {
        Review first = leave(f.completedBy(operator), "Lovely", 1);
        Review second = leave(f.completedBy(operator), "Great", 1);
        f.core.reviews().moderate(f.admin, List.of(first.id()), true);

        assertThat(f.core.reviews().moderate(f.admin, List.of(first.id(), second.id(), first.id(), 999_999L), true))
                .as("only the pending one moves").isEqualTo(1);
        assertThat(rating()).isEqualTo(2);
        assertThat(f.core.reviews().moderate(f.admin, List.of(first.id(), second.id()), false)).isZero();
        assertThat(f.core.reviews().moderate(f.admin, List.of(first.id(), second.id()), true)).isZero();
        assertThat(rating()).isEqualTo(2);
        assertThat(f.memory.reviews.find(first.id()).orElseThrow().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void moderatingNeedsASelectionAndAModerator() {
        Review review = leave(f.completedBy(operator), "Lovely", 1);

        invalid(() -> f.core.reviews().moderate(f.admin, List.of(), true), "ids", "REQUIRED");
        assertThat(f.core.reviews().moderate(f.staff(Role.SITE_MANAGER), List.of(review.id()), true)).isEqualTo(1);
        Review other = leave(f.completedBy(operator), "Also lovely", 1);
        for (Caller who : new Caller[] {f.staff(Role.SUPERVISOR), operator, f.client}) {
            assertThatThrownBy(() -> f.core.reviews().moderate(who, List.of(other.id()), true))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(f.memory.reviews.find(other.id()).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(rating()).isEqualTo(1);
    }

    @Test
    void theListFiltersByStatusAndText() {
        Review lovely = leave(f.completedBy(operator), "A LOVELY call", 1);
        Review rude = leave(f.completedBy(operator), "Rude and short", -1);
        f.core.reviews().moderate(f.admin, List.of(rude.id()), false);

        assertThat(f.core.reviews().list(f.admin, filter(null, null, null, null, null))).extracting(Review::id)
                .containsExactly(rude.id(), lovely.id());
        assertThat(f.core.reviews().list(f.admin, filter("PENDING", null, null, null, null))).extracting(Review::id)
                .containsExactly(lovely.id());
        assertThat(f.core.reviews().list(f.admin, filter("rejected", null, null, null, null))).extracting(Review::id)
                .containsExactly(rude.id());
        assertThat(f.core.reviews().list(f.admin, filter(null, "lovely", null, null, null))).extracting(Review::id)
                .containsExactly(lovely.id());
        assertThat(f.core.reviews().list(f.admin, filter("REJECTED", "lovely", null, null, null))).isEmpty();
        invalid(() -> f.core.reviews().list(f.admin, filter("LOST", null, null, null, null)), "status", "INVALID_CHOICE");
    }

    @Test
    void theListFiltersByMoscowDays() {
        Order first = f.completedBy(operator);
        Order second = f.completedBy(operator);
        f.at("2026-11-25T20:59:59Z"); // 23:59:59 on the 25th in Moscow
        Review lateOn25th = leave(first, "Late evening", 1);
        f.at("2026-11-25T21:00:00Z"); // midnight: the 26th in Moscow, still the 25th in UTC
        Review on26th = leave(second, "Just after midnight", 1);

        assertThat(f.core.reviews().list(f.admin, filter(null, null, "2026-11-25", "2026-11-25", null)))
                .extracting(Review::id).containsExactly(lateOn25th.id());
        assertThat(f.core.reviews().list(f.admin, filter(null, null, "2026-11-26", "2026-11-26", null)))
                .extracting(Review::id).containsExactly(on26th.id());
        assertThat(f.core.reviews().list(f.admin, filter(null, null, "2026-11-26", null, null)))
                .extracting(Review::id).containsExactly(on26th.id());
        assertThat(f.core.reviews().list(f.admin, filter(null, null, null, "2026-11-25", null)))
                .extracting(Review::id).containsExactly(lateOn25th.id());
        invalid(() -> f.core.reviews().list(f.admin, filter(null, null, "25.11.2026", null, null)), "from", "INVALID_DATE");
    }

    @Test
    void theListFiltersByClientEmail() {
        Caller.SignedIn other = f.memory.signedIn(Role.CLIENT, "other@example.com");
        Review mine = leave(f.completedBy(operator), "Mine", 1);
        Order theirsOrder = f.completedBy(other, operator);
        Review theirs = f.core.reviews().leave(other, theirsOrder.id(), "Theirs", 1);

        assertThat(f.core.reviews().list(f.admin, filter(null, null, null, null, "other@example.com")))
                .extracting(Review::id).containsExactly(theirs.id());
        assertThat(f.core.reviews().list(f.admin, filter(null, null, null, null, "client@example.com")))
                .extracting(Review::id).containsExactly(mine.id());
        assertThat(f.core.reviews().list(f.admin, filter(null, null, null, null, "nobody@example.com"))).isEmpty();
    }

    @Test
    void onlyModeratorsList() {
        assertThatThrownBy(() -> f.core.reviews().list(f.client, filter(null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.reviews().list(operator, filter(null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDashboardCountsPendingReviews() {
        Review first = leave(f.completedBy(operator), "One", 1);
        leave(f.completedBy(operator), "Two", -1);
        assertThat(f.core.dispatch().dashboard(f.admin).reviewsToModerate()).isEqualTo(2);

        f.core.reviews().moderate(f.admin, List.of(first.id()), true);

        assertThat(f.core.dispatch().dashboard(f.admin).reviewsToModerate()).isEqualTo(1);
    }
}
