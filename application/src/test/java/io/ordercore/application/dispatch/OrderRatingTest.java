package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's 1..5 rating of a completed order on every configured aspect, once per order. */
class OrderRatingTest {

    private static final List<String> DEFAULT_ASPECTS = List.of("quality", "speed", "politeness", "price", "overall");

    private final DispatchFixture f = new DispatchFixture();
    private Caller.SignedIn operator;

    @BeforeEach
    void oneOperator() {
        operator = f.operators.operator("op@example.com", "FEMALE", 30_000);
    }

    private static Map<String, Integer> all(int score) {
        Map<String, Integer> scores = new HashMap<>();
        DEFAULT_ASPECTS.forEach(a -> scores.put(a, score));
        return scores;
    }

    private OrderRating rate(Order order, Map<String, Integer> scores) {
        return f.core.reviews().rate(f.client, order.id(), scores);
    }

    private static ValidationException invalid(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void theDefaultAspectsAreTheFive() {
        assertThat(f.core.reviews().aspects()).containsExactlyElementsOf(DEFAULT_ASPECTS);
    }

    @Test
    void everyAspectScoredOneToFiveIsStored() {
        Order order = f.completedBy(operator);
        Map<String, Integer> scores = all(5);
        scores.put("price", 1);

        OrderRating rating = rate(order, scores);

        assertThat(rating.scores()).containsAllEntriesOf(scores).hasSize(5);
        assertThat(rating.operator()).contains(operator.id());
        assertThat(rating.point()).contains(InMemoryCore.MAIN_POINT);
        assertThat(f.memory.reviews.ratingOf(order.id())).contains(rating);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Order order = f.completedBy(operator);
        Map<String, Integer> scores = all(3);
        scores.remove("quality");
        scores.put("speed", 0);
        scores.put("price", 6);
        scores.put("mood", 4);

        ValidationException e = invalid(() -> rate(order, scores));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("scores.quality", "REQUIRED"),
                tuple("scores.speed", "OUT_OF_RANGE"),
                tuple("scores.price", "OUT_OF_RANGE"),
                tuple("scores.mood", "UNKNOWN_ASPECT"));
        assertThat(f.memory.reviews.ratingOf(order.id())).isEmpty();
    }

    @Test
    void noScoresAtAllMeansEveryAspectIsMissing() {
        Order order = f.completedBy(operator);

        ValidationException e = invalid(() -> rate(order, null));

        assertThat(e.errors()).extracting(FieldError::code).hasSize(5).containsOnly("REQUIRED");
    }

    @Test
    void theBoundsOneAndFiveAreAccepted() {
        Order low = f.completedBy(operator);
        Order high = f.completedBy(operator);

        assertThat(rate(low, all(1)).scores()).containsValues(1);
        assertThat(rate(high, all(5)).scores()).containsValues(5);
    }

    @Test
    void anOrderIsRatedOnce() {
        Order order = f.completedBy(operator);
        rate(order, all(4));

        assertThatThrownBy(() -> rate(order, all(1)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("RATING_EXISTS"));
        assertThat(f.memory.reviews.ratingOf(order.id()).orElseThrow().scores()).containsValues(4);
    }

    @Test
    void onlyTheOwnerRatesOnlyACompletedOrder() {
        Order completed = f.completedBy(operator);
        Caller.SignedIn stranger = f.memory.signedIn(Role.CLIENT, "stranger@example.com");
        assertThatThrownBy(() -> f.core.reviews().rate(stranger, completed.id(), all(5)))
                .isInstanceOf(NotFoundException.class);

        Order inProgress = f.paidOrder();
        f.core.operatorCabinet().confirm(operator, inProgress.id());
        assertThatThrownBy(() -> rate(inProgress, all(5)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_COMPLETED"));
        assertThat(f.memory.reviews.ratingOf(completed.id())).isEmpty();
    }

    @Test
    void averagesPerOperatorAndPerPoint() {
        Caller.SignedIn other = f.operators.operator("other@example.com", "MALE", 20_000);
        Order four = f.completedBy(operator);
        Order five = f.completedBy(other); // 'other' was never assigned: ranks first now
        Order alsoFive = f.completedBy(operator);
        rate(four, all(4));
        Map<String, Integer> mixed = all(5);
        mixed.put("speed", 2);
        rate(alsoFive, mixed);
        rate(five, all(1));

        Reviews.Averages mine = f.core.reviews().operatorAverages(f.admin, operator.id().value());
        assertThat(mine.ratings()).isEqualTo(2);
        assertThat(mine.byAspect().get("quality")).isEqualTo(new BigDecimal("4.50"));
        assertThat(mine.byAspect().get("speed")).isEqualTo(new BigDecimal("3.00"));
        assertThat(mine.byAspect()).containsOnlyKeys(DEFAULT_ASPECTS);

        Reviews.Averages theirs = f.core.reviews().operatorAverages(f.admin, other.id().value());
        assertThat(theirs.ratings()).isEqualTo(1);
        assertThat(theirs.byAspect().get("quality")).isEqualTo(new BigDecimal("1.00"));

        Reviews.Averages point = f.core.reviews().pointAverages(f.admin, InMemoryCore.MAIN_POINT.value());
        assertThat(point.ratings()).isEqualTo(3);
        assertThat(point.byAspect().get("quality")).isEqualTo(new BigDecimal("3.33"));
    }

    @Test
    void pointAveragesCountOnlyThatPointsOrders() {
        PointId north = f.memory.newPoint("North");
        Caller.SignedIn northClient = f.memory.signedIn(Role.CLIENT, "north@example.com", north);
        Order main = f.completedBy(operator);
        Order northOrder = f.completedBy(northClient, operator);
        rate(main, all(2));
        f.core.reviews().rate(northClient, northOrder.id(), all(5));

        assertThat(f.core.reviews().pointAverages(f.admin, north.value()).byAspect().get("overall"))
                .isEqualTo(new BigDecimal("5.00"));
        assertThat(f.core.reviews().pointAverages(f.admin, InMemoryCore.MAIN_POINT.value()).byAspect().get("overall"))
                .isEqualTo(new BigDecimal("2.00"));
        assertThat(f.core.reviews().operatorAverages(f.admin, operator.id().value()).byAspect().get("overall"))
                .isEqualTo(new BigDecimal("3.50"));
    }

    @Test
    void setAspectsChangesWhatIsRequired() {
        assertThat(f.core.reviews().setAspects(f.admin, List.of(" Clarity ", "warmth", "clarity")))
                .containsExactly("clarity", "warmth");
        assertThat(f.core.reviews().aspects()).containsExactly("clarity", "warmth");
        Order order = f.completedBy(operator);

        ValidationException e = invalid(() -> rate(order, all(4)));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).contains(
                tuple("scores.clarity", "REQUIRED"), tuple("scores.warmth", "REQUIRED"),
                tuple("scores.quality", "UNKNOWN_ASPECT"), tuple("scores.overall", "UNKNOWN_ASPECT"));

        OrderRating rating = rate(order, Map.of("clarity", 5, "warmth", 4));
        assertThat(rating.scores()).containsOnlyKeys("clarity", "warmth");
    }

    @Test
    void invalidAspectNamesAreRefusedAndChangeNothing() {
        for (List<String> bad : List.<List<String>>of(List.of(), List.of("   "), List.of("two words"), List.of("9lives"),
                List.of("a".repeat(41)), java.util.stream.IntStream.range(0, 11).mapToObj(i -> "a" + i).toList())) {
            assertThatThrownBy(() -> f.core.reviews().setAspects(f.admin, bad)).as("%s", bad)
                    .isInstanceOfSatisfying(ValidationException.class, e ->
                            assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                                    .containsExactly(tuple("aspects", "INVALID_ASPECTS")));
        }
        assertThatThrownBy(() -> f.core.reviews().setAspects(f.admin, null)).isInstanceOf(ValidationException.class);
        assertThat(f.core.reviews().aspects()).containsExactlyElementsOf(DEFAULT_ASPECTS);
    }

    @Test
    void onlyAnAdministratorSetsTheAspects() {
        for (Caller who : new Caller[] {f.staff(Role.SITE_MANAGER), f.staff(Role.SUPERVISOR), f.client, operator}) {
            assertThatThrownBy(() -> f.core.reviews().setAspects(who, List.of("clarity")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(f.core.reviews().aspects()).containsExactlyElementsOf(DEFAULT_ASPECTS);
    }
}
