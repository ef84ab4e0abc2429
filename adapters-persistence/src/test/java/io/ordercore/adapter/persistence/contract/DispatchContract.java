package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.out.Dispatches.Decision;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.application.port.out.Dispatches.RefusalKind;
import io.ordercore.application.port.out.Dispatches.Stage;
import io.ordercore.application.port.out.Dispatches.Task;
import io.ordercore.application.port.out.Reviews.Averages;
import io.ordercore.application.port.out.Reviews.Query;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.Attitude;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every store of operators, dispatch state, calls, reviews and earnings must do. The SQL stores
 * share one database per test class, so each test works on ids of its own; only the claim test calls
 * claimDue, and every other test schedules its tasks far after its "now".
 */
public abstract class DispatchContract {

    protected abstract PortSet ports();

    /** Microseconds: what both databases keep. */
    private final Instant now = Instant.parse("2026-11-23T06:00:00.000001Z");
    /** Due times of tasks no test claims. */
    private final Instant later = Instant.parse("2030-01-01T00:00:00Z");
    private final SecureRandom random = new SecureRandom();

    private <T> T tx(java.util.function.Supplier<T> work) {
        return ports().transactions().inTransaction(work);
    }

    private void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    private AccountId accountId() {
        return ports().ids().nextAccountId();
    }

    private OrderId orderId() {
        return ports().ids().nextOrderId();
    }

    private static Operator operator(AccountId id, OperatorState state, int capacity) {
        return new Operator(id, "Operator " + id, Gender.FEMALE, Set.of(new TalentId(3), new TalentId(1)), Money.roubles(150),
                10, state, capacity, Optional.of(WorkingHours.parse("09:00-18:00")));
    }

    // ---- operators ----

    @Test
    void aProfileIsSavedAndReplacedButItsRatingMovesOnlyByIncrements() {
        AccountId id = accountId();
        Operator first = operator(id, OperatorState.ACTIVE, 2);
        run(() -> ports().operators().save(first));
        assertThat(ports().operators().find(id)).contains(first);

        Operator replaced = new Operator(id, "Renamed", Gender.MALE, Set.of(new TalentId(7)), Money.roubles(99), 500,
                OperatorState.PAUSED, 5, Optional.empty());
        run(() -> ports().operators().save(replaced));
        assertThat(ports().operators().find(id)).as("everything but the rating replaced").contains(replaced.withRating(10));

        run(() -> ports().operators().save(replaced.withTalents(Set.of())));
        assertThat(ports().operators().find(id).orElseThrow().talents()).isEmpty();

        run(() -> ports().operators().addToRating(id, 3));
        run(() -> ports().operators().addToRating(id, -5));
        assertThat(ports().operators().find(id).orElseThrow().rating()).isEqualTo(8);
        assertThat(ports().operators().find(accountId())).isEmpty();
    }

    @Test
    void theListPagesInIdOrderAndFiltersByState() {
        AccountId a = accountId();
        AccountId b = accountId();
        AccountId c = accountId();
        run(() -> {
            ports().operators().save(operator(c, OperatorState.ACTIVE, 1));
            ports().operators().save(operator(a, OperatorState.ACTIVE, 1));
            ports().operators().save(operator(b, OperatorState.FROZEN, 1));
        });
        long before = a.value() - 1;

        assertThat(ports().operators().list(Optional.empty(), before, 10)).extracting(Operator::id).containsExactly(a, b, c);
        assertThat(ports().operators().list(Optional.empty(), before, 2)).extracting(Operator::id).containsExactly(a, b);
        assertThat(ports().operators().list(Optional.empty(), b.value(), 10)).extracting(Operator::id).containsExactly(c);
        assertThat(ports().operators().list(Optional.of(OperatorState.ACTIVE), before, 10)).extracting(Operator::id)
                .containsExactly(a, c);
        assertThat(ports().operators().list(Optional.of(OperatorState.FROZEN), before, 10)).extracting(Operator::id)
                .containsExactly(b);
        assertThat(ports().operators().list(Optional.of(OperatorState.PAUSED), before, 10)).isEmpty();
        assertThat(ports().operators().list(Optional.empty(), before, 10).get(0).talents())
                .containsExactlyInAnyOrder(new TalentId(1), new TalentId(3));
    }

    @Test
    void candidatesCountTheOrdersEachOperatorHoldsAndWhenTheyWereLastProposedOne() {
        MutableClock clock = MutableClock.atDefaultNow();
        AccountId busy = accountId();
        AccountId idle = accountId();
        run(() -> {
            ports().operators().save(operator(busy, OperatorState.ACTIVE, 3));
            ports().operators().save(operator(idle, OperatorState.PAUSED, 3));
        });
        saveHeld(busy, false, clock);
        saveHeld(busy, true, clock);
        saveHeld(idle, false, clock);
        Order backInQueue = paid(clock);
        backInQueue.propose(idle, Actor.system("dispatch"), "test", clock);
        backInQueue.changeStatus(io.ordercore.domain.order.OrderStatus.PAID, Actor.system("dispatch"), "refused", clock);
        run(() -> ports().orders().save(backInQueue));
        run(() -> ports().orders().save(paid(clock)));
        assertThat(tx(() -> ports().operators().claimCapacity(busy, now))).isTrue();

        Map<AccountId, Candidate> byId = new LinkedHashMap<>();
        ports().operators().candidates().stream().filter(c -> Set.of(busy, idle).contains(c.operator().id()))
                .forEach(c -> byId.put(c.operator().id(), c));

        assertThat(byId).containsOnlyKeys(busy, idle);
        assertThat(byId.get(busy)).isEqualTo(new Candidate(operator(busy, OperatorState.ACTIVE, 3), 2, Optional.of(now)));
        assertThat(byId.get(idle)).as("a paused operator is still a candidate; an order back in the queue is not held")
                .isEqualTo(new Candidate(operator(idle, OperatorState.PAUSED, 3), 1, Optional.empty()));
        assertThat(ports().operators().activeOrders(busy)).isEqualTo(2);
        assertThat(ports().operators().activeOrders(idle)).isEqualTo(1);
        assertThat(ports().operators().activeOrders(accountId())).isZero();
    }

    @Test
    void capacityIsClaimedOnlyByActiveOperatorsWithAFreePlace() {
        MutableClock clock = MutableClock.atDefaultNow();
        AccountId one = accountId();
        AccountId paused = accountId();
        AccountId two = accountId();
        run(() -> {
            ports().operators().save(operator(one, OperatorState.ACTIVE, 1));
            ports().operators().save(operator(paused, OperatorState.PAUSED, 1));
            ports().operators().save(operator(two, OperatorState.ACTIVE, 2));
        });

        assertThat(tx(() -> ports().operators().claimCapacity(one, now))).isTrue();
        saveHeld(one, false, clock);
        assertThat(tx(() -> ports().operators().claimCapacity(one, now.plusSeconds(60)))).as("its one place is taken").isFalse();
        assertThat(lastAssigned(one)).as("a refused claim changes nothing").contains(now);
        assertThat(tx(() -> ports().operators().claimCapacity(paused, now))).isFalse();
        assertThat(lastAssigned(paused)).isEmpty();
        assertThat(tx(() -> ports().operators().claimCapacity(accountId(), now))).as("no such operator").isFalse();

        saveHeld(two, true, clock);
        assertThat(tx(() -> ports().operators().claimCapacity(two, now))).isTrue();
        saveHeld(two, false, clock);
        assertThat(tx(() -> ports().operators().claimCapacity(two, now))).isFalse();
    }

    private Optional<Instant> lastAssigned(AccountId id) {
        return ports().operators().candidates().stream().filter(c -> c.operator().id().equals(id)).findFirst().orElseThrow()
                .lastAssignedAt();
    }

    /** A new order, paid in full by a coupon (not saved). */
    private Order paid(MutableClock clock) {
        TestOrders template = TestOrders.anOrder();
        Order order = Order.place(orderId(), template.owner().orElseThrow(), template.point(), template.details(),
                OrderPrice.undiscounted(Money.roubles(10)), Actor.client("c@example.com"), clock);
        order.applyCoupon(new AppliedCoupon(CouponCode.random(random), CouponKind.FULL, 100), Actor.client("c@example.com"),
                clock);
        return order;
    }

    /** Saves an order proposed to the operator, or confirmed by them. */
    private Order saveHeld(AccountId operator, boolean confirmed, MutableClock clock) {
        Order order = paid(clock);
        order.propose(operator, Actor.system("dispatch"), "test", clock);
        if (confirmed) {
            order.confirm(operator, new Actor(ActorKind.OPERATOR, operator.toString()), clock);
        }
        return tx(() -> ports().orders().save(order));
    }

    // ---- dispatches ----

    @Test
    void decisionsAreKeptOldestFirst() {
        OrderId order = orderId();
        AccountId chosen = accountId();
        Decision none = new Decision(order, now, DecisionKind.AUTO, Optional.empty(), "Order 1: nobody.\nRanked:\n", "dispatch");
        Decision manual = new Decision(order, now.plusSeconds(5), DecisionKind.MANUAL, Optional.of(chosen),
                "x".repeat(20_000), "admin@example.com");
        run(() -> ports().dispatches().record(none));
        run(() -> ports().dispatches().record(manual));
        run(() -> ports().dispatches().record(new Decision(orderId(), now, DecisionKind.FORCED, Optional.empty(), "other",
                "admin")));

        assertThat(ports().dispatches().decisions(order)).containsExactly(none, manual);
        assertThat(ports().dispatches().decisions(orderId())).isEmpty();
    }

    @Test
    void aRefusalTwiceIsOneAndCancellingItForgetsIt() {
        OrderId order = orderId();
        AccountId first = accountId();
        AccountId second = accountId();
        run(() -> ports().dispatches().refuse(order, first, RefusalKind.REFUSED, now));
        run(() -> ports().dispatches().refuse(order, first, RefusalKind.TIMED_OUT, now.plusSeconds(1)));
        run(() -> ports().dispatches().refuse(order, second, RefusalKind.TIMED_OUT, now));
        run(() -> ports().dispatches().refuse(orderId(), first, RefusalKind.REFUSED, now));

        assertThat(ports().dispatches().refusedBy(order)).containsExactlyInAnyOrder(first, second);
        assertThat(tx(() -> ports().dispatches().cancelRefusal(order, first))).isTrue();
        assertThat(tx(() -> ports().dispatches().cancelRefusal(order, first))).isFalse();
        assertThat(ports().dispatches().refusedBy(order)).containsExactly(second);
        run(() -> ports().dispatches().refuse(order, first, RefusalKind.REFUSED, now));
        assertThat(ports().dispatches().refusedBy(order)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void scheduleReplacesTheOrdersOneTaskAndEveryWriteChangesItsVersion() {
        OrderId order = orderId();
        AccountId operator = accountId();
        assertThat(ports().dispatches().task(order)).isEmpty();

        run(() -> ports().dispatches().schedule(order, Stage.DISPATCH, later, false, Optional.empty()));
        Task first = ports().dispatches().task(order).orElseThrow();
        assertThat(first).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(new Task(order, Stage.DISPATCH, later, false, Optional.empty(), 0));

        run(() -> ports().dispatches().schedule(order, Stage.PROPOSED, later.plusSeconds(60), false, Optional.of(operator)));
        Task second = ports().dispatches().task(order).orElseThrow();
        assertThat(second).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(new Task(order, Stage.PROPOSED, later.plusSeconds(60), false, Optional.of(operator), 0));
        assertThat(second.version()).isNotEqualTo(first.version());

        run(() -> ports().dispatches().schedule(order, Stage.PROPOSED, later.plusSeconds(60), false, Optional.of(operator)));
        assertThat(ports().dispatches().task(order).orElseThrow().version()).as("even the same task again")
                .isNotIn(first.version(), second.version());

        run(() -> ports().dispatches().unschedule(order));
        assertThat(ports().dispatches().task(order)).isEmpty();
        run(() -> ports().dispatches().schedule(order, Stage.DISPATCH, later, false, Optional.empty()));
        assertThat(ports().dispatches().task(order).orElseThrow().version()).as("never reused, even after unscheduling")
                .isNotIn(first.version(), second.version());
    }

    @Test
    void claimDueReturnsOnlyDueTasksAndPushesThemByTheLease() {
        OrderId overdue = orderId();
        OrderId dueNow = orderId();
        OrderId notYet = orderId();
        AccountId operator = accountId();
        run(() -> {
            ports().dispatches().schedule(dueNow, Stage.PROPOSED, now, false, Optional.of(operator));
            ports().dispatches().schedule(overdue, Stage.DISPATCH, now.minusSeconds(600), true, Optional.empty());
            ports().dispatches().schedule(notYet, Stage.IN_PROGRESS, now.plusSeconds(1), false, Optional.of(operator));
        });
        long before = ports().dispatches().task(dueNow).orElseThrow().version();
        Duration lease = Duration.ofMinutes(5);

        List<Task> claimed = tx(() -> ports().dispatches().claimDue(now, 10, lease));

        assertThat(claimed).extracting(Task::order).as("the longest due first").containsExactly(overdue, dueNow);
        assertThat(claimed).extracting(Task::dueAt).containsOnly(now.plus(lease));
        assertThat(claimed.get(0).stage()).isEqualTo(Stage.DISPATCH);
        assertThat(claimed.get(0).awaitingOperator()).isTrue();
        assertThat(claimed.get(1).operator()).contains(operator);
        assertThat(claimed.get(1).version()).as("a claim is a write").isNotEqualTo(before);
        assertThat(claimed).as("returned as stored").containsExactly(ports().dispatches().task(overdue).orElseThrow(),
                ports().dispatches().task(dueNow).orElseThrow());
        assertThat(tx(() -> ports().dispatches().claimDue(now, 10, lease))).as("leased, so not due any more").isEmpty();

        assertThat(tx(() -> ports().dispatches().claimDue(now.plus(lease), 1, lease))).extracting(Task::order)
                .as("the limit holds; the earliest due comes first").containsExactly(notYet);
        assertThat(tx(() -> ports().dispatches().claimDue(now.plus(lease), 10, lease))).extracting(Task::order)
                .containsExactly(overdue, dueNow);
    }

    @Test
    void theOrdersAwaitingAnOperatorComeLongestWaitingFirst() {
        OrderId first = orderId();
        OrderId second = orderId();
        OrderId placed = orderId();
        run(() -> {
            ports().dispatches().schedule(second, Stage.DISPATCH, later.plusSeconds(60), true, Optional.empty());
            ports().dispatches().schedule(first, Stage.DISPATCH, later, true, Optional.empty());
            ports().dispatches().schedule(placed, Stage.DISPATCH, later, false, Optional.empty());
        });
        Set<OrderId> mine = Set.of(first, second, placed);
        assertThat(awaiting(mine)).containsExactly(first, second);
        long counted = ports().dispatches().countAwaitingOperator();
        assertThat(counted).as("counts every waiting order, as the list does")
                .isEqualTo(ports().dispatches().awaitingOperator(100_000).size()).isGreaterThanOrEqualTo(2);
        run(() -> ports().dispatches().schedule(placed, Stage.DISPATCH, later, true, Optional.empty()));
        assertThat(ports().dispatches().countAwaitingOperator()).isEqualTo(counted + 1);
        run(() -> ports().dispatches().unschedule(placed));

        run(() -> ports().dispatches().schedule(first, Stage.DISPATCH, later.plusSeconds(3600), true, Optional.empty()));
        assertThat(awaiting(mine)).as("still waiting since the first attempt").containsExactly(first, second);

        run(() -> ports().dispatches().schedule(first, Stage.PROPOSED, later, false, Optional.of(accountId())));
        run(() -> ports().dispatches().schedule(first, Stage.DISPATCH, later.plusSeconds(7200), true, Optional.empty()));
        assertThat(awaiting(mine)).as("waiting again, from now").containsExactly(second, first);
        assertThat(ports().dispatches().task(first).orElseThrow().awaitingOperator()).isTrue();
        assertThat(ports().dispatches().awaitingOperator(1)).hasSize(1);
    }

    /** The waiting list, cut to this test's orders. */
    private List<OrderId> awaiting(Set<OrderId> mine) {
        return ports().dispatches().awaitingOperator(1000).stream().map(Task::order).filter(mine::contains).toList();
    }

    // ---- call results and order pages ----

    @Test
    void aCallIsStoredOnceAndARepeatFillsInItsMissingRecording() {
        OrderId order = orderId();
        AccountId operator = accountId();
        CallResult call = new CallResult(order, operator, now, now.plusSeconds(95), 95, Optional.empty(), "answered");
        assertThat(tx(() -> ports().callResults().record(call, now.plusSeconds(100)))).isTrue();
        assertThat(tx(() -> ports().callResults().record(call, now.plusSeconds(101)))).isFalse();

        CallResult withRecording = new CallResult(order, operator, now, now.plusSeconds(95), 95,
                Optional.of("https://rec.example.com/1.mp3"), "ANSWERED");
        assertThat(tx(() -> ports().callResults().record(withRecording, now.plusSeconds(300)))).isFalse();
        assertThat(ports().callResults().forOrder(order)).containsExactly(withRecording);

        CallResult otherRecording = new CallResult(order, operator, now, now.plusSeconds(95), 95,
                Optional.of("https://rec.example.com/2.mp3"), "ANSWERED");
        assertThat(tx(() -> ports().callResults().record(otherRecording, now.plusSeconds(400)))).isFalse();
        assertThat(ports().callResults().forOrder(order)).as("a stored recording is kept").containsExactly(withRecording);
    }

    @Test
    void anOrdersCallsComeOldestFirst() {
        OrderId order = orderId();
        AccountId operator = accountId();
        AccountId other = accountId();
        CallResult late = new CallResult(order, operator, now.plusSeconds(600), now.plusSeconds(630), 30, Optional.empty(), "");
        CallResult early = new CallResult(order, operator, now, now.plusSeconds(5), 5, Optional.empty(), "busy");
        CallResult sameStart = new CallResult(order, other, now, now.plusSeconds(10), 10, Optional.empty(), "no_answer");
        run(() -> {
            ports().callResults().record(late, now);
            ports().callResults().record(sameStart, now);
            ports().callResults().record(early, now);
            ports().callResults().record(new CallResult(orderId(), operator, now, now, 0, Optional.empty(), "x"), now);
        });

        assertThat(ports().callResults().forOrder(order)).containsExactly(early, sameStart, late);
        assertThat(ports().callResults().forOrder(orderId())).isEmpty();
    }

    @Test
    void anOrderPagesTokenIsMadeOnceAndFindsItsOrder() {
        OrderId order = orderId();
        OrderId other = orderId();
        AtomicInteger made = new AtomicInteger();
        String token = tx(() -> ports().callResults().pageToken(order, () -> "t-" + made.incrementAndGet() + UUID.randomUUID()));

        assertThat(tx(() -> ports().callResults().pageToken(order, () -> "never-" + UUID.randomUUID()))).isEqualTo(token);
        assertThat(made).hasValue(1);
        assertThat(ports().callResults().orderOfPage(token)).contains(order);
        assertThat(ports().callResults().orderOfPage("no-" + UUID.randomUUID())).isEmpty();

        Deque<String> offered = new ArrayDeque<>(List.of(token, "fresh-" + UUID.randomUUID()));
        String otherToken = tx(() -> ports().callResults().pageToken(other, offered::pop));
        assertThat(otherToken).as("another order's token is never reused").isNotEqualTo(token).startsWith("fresh-");
        assertThat(ports().callResults().orderOfPage(otherToken)).contains(other);
        assertThat(ports().callResults().orderOfPage(token)).contains(order);

        OrderId third = orderId();
        assertThatThrownBy(() -> tx(() -> ports().callResults().pageToken(third, () -> token)))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---- reviews and ratings ----

    private Review review(AccountId client, String text, Instant at) {
        return Review.pending(ports().ids().nextReviewId(), orderId(), client, accountId(), text, Attitude.POSITIVE, at);
    }

    @Test
    void aReviewIsStoredOncePerOrder() {
        Review review = review(accountId(), "Lovely call", now);
        assertThat(tx(() -> ports().reviews().insert(review))).isTrue();
        Review again = new Review(ports().ids().nextReviewId(), review.order(), review.client(), review.operator(), "Again",
                Attitude.NEGATIVE, ReviewStatus.PENDING, now, Optional.empty());
        assertThat(tx(() -> ports().reviews().insert(again))).isFalse();

        assertThat(ports().reviews().find(review.id())).contains(review);
        assertThat(ports().reviews().forOrder(review.order())).contains(review);
        assertThat(ports().reviews().find(again.id())).isEmpty();
        assertThat(ports().reviews().forOrder(orderId())).isEmpty();
    }

    @Test
    void onlyAPendingReviewIsModerated() {
        long pendingBefore = ports().reviews().countPending();
        Review approved = review(accountId(), "Good", now);
        Review rejected = review(accountId(), "Bad", now);
        run(() -> {
            ports().reviews().insert(approved);
            ports().reviews().insert(rejected);
        });
        assertThat(ports().reviews().countPending()).isEqualTo(pendingBefore + 2);

        assertThat(tx(() -> ports().reviews().moderate(approved.id(), ReviewStatus.APPROVED, now.plusSeconds(60)))).isTrue();
        assertThat(tx(() -> ports().reviews().moderate(approved.id(), ReviewStatus.REJECTED, now.plusSeconds(61)))).isFalse();
        assertThat(tx(() -> ports().reviews().moderate(rejected.id(), ReviewStatus.REJECTED, now.plusSeconds(62)))).isTrue();
        assertThat(tx(() -> ports().reviews().moderate(ports().ids().nextReviewId(), ReviewStatus.APPROVED, now))).isFalse();

        Review stored = ports().reviews().find(approved.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(stored.moderatedAt()).contains(now.plusSeconds(60));
        assertThat(ports().reviews().find(rejected.id()).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(ports().reviews().countPending()).isEqualTo(pendingBefore);
    }

    @Test
    void theReviewListFiltersAndPagesNewestFirst() {
        AccountId client = accountId();
        Review a = review(client, "Спасибо, ОТЛИЧНЫЙ звонок", now);
        Review b = review(client, "100% of the time_ok", now.plusSeconds(10));
        Review c = review(client, "отличный, но поздно", now.plusSeconds(20));
        Review elsewhere = review(accountId(), "Отличный", now);
        run(() -> List.of(a, b, c, elsewhere).forEach(ports().reviews()::insert));
        run(() -> ports().reviews().moderate(c.id(), ReviewStatus.APPROVED, now));

        assertThat(ids(query(client, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 10)))
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(query(client, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), c.id(), 1)))
                .as("before an id").containsExactly(b.id());
        assertThat(ids(query(client, Optional.empty(), Optional.of("оТЛИЧН"), Optional.empty(), Optional.empty(), 0, 10)))
                .as("contained, whatever the case").containsExactly(c.id(), a.id());
        assertThat(ids(query(client, Optional.empty(), Optional.of("0% of"), Optional.empty(), Optional.empty(), 0, 10)))
                .containsExactly(b.id());
        assertThat(ids(query(client, Optional.empty(), Optional.of("%"), Optional.empty(), Optional.empty(), 0, 10)))
                .as("wildcards are plain characters").containsExactly(b.id());
        assertThat(ids(query(client, Optional.empty(), Optional.of("e_t"), Optional.empty(), Optional.empty(), 0, 10)))
                .as("'_' matches only itself").isEmpty();
        assertThat(ids(query(client, Optional.empty(), Optional.of("TIME_OK"), Optional.empty(), Optional.empty(), 0, 10)))
                .containsExactly(b.id());
        assertThat(ids(query(client, Optional.of(ReviewStatus.PENDING), Optional.empty(), Optional.empty(), Optional.empty(), 0,
                10))).containsExactly(b.id(), a.id());
        assertThat(ids(query(client, Optional.empty(), Optional.empty(), Optional.of(now.plusSeconds(10)),
                Optional.of(now.plusSeconds(20)), 0, 10))).as("from inclusive, to exclusive").containsExactly(b.id());
        assertThat(ids(ports().reviews().list(new Query(Optional.empty(), Optional.of("отличный"), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 1000)))).contains(a.id(), c.id(), elsewhere.id());
    }

    private List<Review> query(AccountId client, Optional<ReviewStatus> status, Optional<String> text, Optional<Instant> from,
                               Optional<Instant> to, long beforeId, int limit) {
        return ports().reviews().list(new Query(status, text, from, to, Optional.of(client), beforeId, limit));
    }

    private static List<Long> ids(List<Review> reviews) {
        return reviews.stream().map(Review::id).toList();
    }

    @Test
    void aRatingIsStoredOncePerOrderAndAveragedPerAspect() {
        AccountId operator = accountId();
        PointId point = new PointId(1_000_000 + random.nextInt(1_000_000_000));
        OrderRating first = rating(operator, Optional.of(point), Map.of("quality", 5, "speed", 3), now);
        OrderRating second = rating(operator, Optional.empty(), Map.of("quality", 4, "speed", 4), now);
        OrderRating third = rating(operator, Optional.of(point), Map.of("quality", 5, "speed", 4), now);
        run(() -> List.of(first, second, third).forEach(ports().reviews()::insertRating));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put("speed", 1);
        ordered.put("overall", 2);
        ordered.put("quality", 3);
        OrderRating noOperator = new OrderRating(orderId(), accountId(), Optional.empty(), Optional.empty(), ordered, now);
        run(() -> ports().reviews().insertRating(noOperator));

        OrderRating twice = new OrderRating(first.order(), accountId(), Optional.of(operator), Optional.of(point),
                Map.of("quality", 1, "speed", 1), now.plusSeconds(5));
        assertThat(tx(() -> ports().reviews().insertRating(twice))).isFalse();

        assertThat(ports().reviews().ratingOf(first.order())).contains(first);
        assertThat(ports().reviews().ratingOf(noOperator.order()).orElseThrow().scores().keySet())
                .as("the aspects in the order they were given").containsExactly("speed", "overall", "quality");
        assertThat(ports().reviews().ratingOf(orderId())).isEmpty();
        assertThat(ports().reviews().averagesForOperator(operator)).isEqualTo(new Averages(3,
                Map.of("quality", new BigDecimal("4.67"), "speed", new BigDecimal("3.67"))));
        assertThat(ports().reviews().averagesForPoint(point)).isEqualTo(new Averages(2,
                Map.of("quality", new BigDecimal("5.00"), "speed", new BigDecimal("3.50"))));
        assertThat(ports().reviews().averagesForOperator(accountId())).isEqualTo(new Averages(0, Map.of()));
    }

    private OrderRating rating(AccountId operator, Optional<PointId> point, Map<String, Integer> scores, Instant at) {
        return new OrderRating(orderId(), accountId(), Optional.of(operator), point, scores, at);
    }

    // ---- earnings and payouts ----

    private EarningEntry fee(AccountId operator, long roubles) {
        OrderId order = orderId();
        return new EarningEntry(ports().ids().nextEarningId(), operator, order, EarningKind.FEE, Money.roubles(roubles),
                EarningEntry.feeKey(order), now);
    }

    private PayoutRequest payout(AccountId payee, long roubles) {
        return new PayoutRequest(ports().ids().nextPayoutId(), payee, Money.roubles(roubles), PayoutStatus.PROCESSING, now, now,
                Optional.empty());
    }

    @Test
    void entriesAreAppendedOncePerKeyAndReadNewestFirst() {
        AccountId operator = accountId();
        EarningEntry fee = fee(operator, 100);
        EarningEntry penalty = new EarningEntry(ports().ids().nextEarningId(), operator, fee.order(), EarningKind.PENALTY,
                Money.roubles(-30), EarningEntry.penaltyKey(fee.order(), 4), now.plusSeconds(60));
        assertThat(tx(() -> ports().earnings().append(fee))).isTrue();
        assertThat(tx(() -> ports().earnings().append(penalty))).isTrue();
        EarningEntry sameKey = new EarningEntry(ports().ids().nextEarningId(), operator, fee.order(), EarningKind.FEE,
                Money.roubles(100), fee.key(), now.plusSeconds(120));
        assertThat(tx(() -> ports().earnings().append(sameKey))).as("reported twice, recorded once").isFalse();
        run(() -> ports().earnings().append(fee(accountId(), 500)));

        assertThat(ports().earnings().entries(operator, 10)).containsExactly(penalty, fee);
        assertThat(ports().earnings().entries(operator, 1)).containsExactly(penalty);
        assertThat(ports().earnings().available(operator)).isEqualTo(Money.roubles(70));
        assertThat(ports().earnings().available(accountId())).isEqualTo(Money.zero(Money.RUB));
    }

    @Test
    void aPayoutOverTheBalanceIsRefusedAndACancelledOneReleasesItsAmount() {
        AccountId payee = accountId();
        run(() -> {
            ports().earnings().append(fee(payee, 100));
            ports().earnings().append(fee(payee, 50));
        });
        PayoutRequest first = payout(payee, 100);
        assertThat(tx(() -> ports().earnings().requestPayout(first))).contains(first);
        assertThat(ports().earnings().available(payee)).isEqualTo(Money.roubles(50));
        assertThat(tx(() -> ports().earnings().requestPayout(payout(payee, 51)))).as("over the balance").isEmpty();
        PayoutRequest rest = payout(payee, 50);
        assertThat(tx(() -> ports().earnings().requestPayout(rest))).as("exactly the balance").contains(rest);
        assertThat(ports().earnings().available(payee)).isEqualTo(Money.zero(Money.RUB));

        assertThat(tx(() -> ports().earnings().setPayoutStatus(first.id(), PayoutStatus.PROCESSING, PayoutStatus.ERROR,
                now.plusSeconds(1), Optional.of("bank said no")))).isTrue();
        assertThat(ports().earnings().available(payee)).as("an error still holds the amount").isEqualTo(Money.zero(Money.RUB));
        assertThat(tx(() -> ports().earnings().setPayoutStatus(first.id(), PayoutStatus.ERROR, PayoutStatus.CANCELLED,
                now.plusSeconds(2), Optional.empty()))).isTrue();
        assertThat(ports().earnings().available(payee)).isEqualTo(Money.roubles(100));
        PayoutRequest again = payout(payee, 100);
        assertThat(tx(() -> ports().earnings().requestPayout(again))).contains(again);
        assertThat(ports().earnings().payout(ports().ids().nextPayoutId())).isEmpty();
    }

    @Test
    void aPayoutMovesOnlyFromTheStatusItIsIn() {
        long errorsBefore = ports().earnings().countPayouts(PayoutStatus.ERROR);
        AccountId payee = accountId();
        run(() -> ports().earnings().append(fee(payee, 1000)));
        PayoutRequest request = payout(payee, 10);
        run(() -> ports().earnings().requestPayout(request));

        assertThat(tx(() -> ports().earnings().setPayoutStatus(request.id(), PayoutStatus.PROCESSING, PayoutStatus.ERROR,
                now.plusSeconds(1), Optional.of("timeout")))).isTrue();
        assertThat(tx(() -> ports().earnings().setPayoutStatus(request.id(), PayoutStatus.PROCESSING,
                PayoutStatus.TRANSFERRED, now.plusSeconds(2), Optional.empty()))).as("not PROCESSING any more").isFalse();
        assertThat(ports().earnings().payout(request.id())).contains(new PayoutRequest(request.id(), payee, Money.roubles(10),
                PayoutStatus.ERROR, now, now.plusSeconds(1), Optional.of("timeout")));
        assertThat(ports().earnings().countPayouts(PayoutStatus.ERROR)).isEqualTo(errorsBefore + 1);

        assertThat(tx(() -> ports().earnings().setPayoutStatus(request.id(), PayoutStatus.ERROR, PayoutStatus.TRANSFERRED,
                now.plusSeconds(3), Optional.empty()))).isTrue();
        assertThat(ports().earnings().payout(request.id()).orElseThrow().note()).as("a move without a note keeps the old one")
                .contains("timeout");
        assertThat(tx(() -> ports().earnings().setPayoutStatus(ports().ids().nextPayoutId(), PayoutStatus.PROCESSING,
                PayoutStatus.CANCELLED, now, Optional.empty()))).isFalse();
        assertThat(ports().earnings().countPayouts(PayoutStatus.ERROR)).isEqualTo(errorsBefore);
    }

    @Test
    void thePayoutListFiltersAndPagesNewestFirst() {
        AccountId payee = accountId();
        run(() -> ports().earnings().append(fee(payee, 1000)));
        PayoutRequest a = payout(payee, 1);
        PayoutRequest b = payout(payee, 2);
        PayoutRequest c = payout(payee, 3);
        run(() -> List.of(a, b, c).forEach(ports().earnings()::requestPayout));
        run(() -> ports().earnings().setPayoutStatus(b.id(), PayoutStatus.PROCESSING, PayoutStatus.TRANSFERRED, now,
                Optional.empty()));
        AccountId other = accountId();
        run(() -> ports().earnings().append(fee(other, 1000)));
        PayoutRequest elsewhere = payout(other, 4);
        run(() -> ports().earnings().requestPayout(elsewhere));

        assertThat(payoutIds(ports().earnings().payouts(Optional.of(payee), Optional.empty(), 0, 10)))
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(payoutIds(ports().earnings().payouts(Optional.of(payee), Optional.empty(), c.id(), 1)))
                .containsExactly(b.id());
        assertThat(payoutIds(ports().earnings().payouts(Optional.of(payee), Optional.of(PayoutStatus.PROCESSING), 0, 10)))
                .containsExactly(c.id(), a.id());
        assertThat(payoutIds(ports().earnings().payouts(Optional.empty(), Optional.empty(), elsewhere.id() + 1, 2)))
                .containsExactly(elsewhere.id(), c.id());
        assertThat(payoutIds(ports().earnings().payouts(Optional.empty(), Optional.of(PayoutStatus.TRANSFERRED), 0, 1000)))
                .contains(b.id()).doesNotContain(a.id(), c.id(), elsewhere.id());
    }

    private static List<Long> payoutIds(List<PayoutRequest> payouts) {
        return payouts.stream().map(PayoutRequest::id).toList();
    }
}
