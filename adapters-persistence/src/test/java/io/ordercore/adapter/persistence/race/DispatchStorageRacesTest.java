package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.Stage;
import io.ordercore.application.port.out.Dispatches.Task;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * The dispatch storage's claims under races on real PostgreSQL, through the ports in transactions
 * of their own, as the services use them: an operator's last place, due tasks shared by
 * schedulers, and a payee's balance. Each race runs several times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchStorageRacesTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final Instant now = clock.instant();
    private final SecureRandom random = new SecureRandom();
    private ApplicationContext context;
    private Transactions transactions;
    private Ids ids;
    private Orders orders;
    private Operators operators;
    private Dispatches dispatches;
    private Earnings earnings;
    private Accounts accounts;
    private int run;

    @BeforeAll
    void start() {
        context = StorageContext.postgres("dispatch_races");
        transactions = context.getBean(Transactions.class);
        ids = context.getBean(Ids.class);
        orders = context.getBean(Orders.class);
        operators = context.getBean(Operators.class);
        dispatches = context.getBean(Dispatches.class);
        earnings = context.getBean(Earnings.class);
        accounts = context.getBean(Accounts.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    /** A new order, paid in full by a coupon (not saved yet). */
    private Order paidOrder() {
        TestOrders template = TestOrders.anOrder();
        Order order = Order.place(ids.nextOrderId(), template.owner().orElseThrow(), template.point(), template.details(),
                OrderPrice.undiscounted(Money.roubles(10)), Actor.client("c@example.com"), clock);
        order.applyCoupon(new AppliedCoupon(CouponCode.random(random), CouponKind.FULL, 100), Actor.client("c@example.com"),
                clock);
        return order;
    }

    @RepeatedTest(3)
    void tenProposalsRaceForAnOperatorsOnePlaceAndExactlyOneGetsIt() throws Exception {
        AccountId operator = ids.nextAccountId();
        transactions.inTransaction(() -> {
            operators.save(new Operator(operator, "Racer", Gender.FEMALE, Set.of(), Money.roubles(100), 0,
                    OperatorState.ACTIVE, 1, Optional.empty()));
            return null;
        });
        List<Order> paid = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            paid.add(paidOrder());
        }
        AtomicInteger won = new AtomicInteger();

        Map<String, Integer> outcomes = Race.run(10, i -> () -> transactions.inTransaction(() -> {
            if (!operators.claimCapacity(operator, clock.instant())) {
                return false;
            }
            Order order = paid.get(i);
            order.propose(operator, Actor.system("dispatch"), "race", clock);
            orders.save(order);
            won.incrementAndGet();
            return true;
        }));

        assertThat(outcomes).as("no transaction failed").containsExactlyEntriesOf(Map.of("OK", 10));
        assertThat(won).hasValue(1);
        assertThat(count("SELECT COUNT(*) FROM orders WHERE operator_id = ? AND status = 'OPERATOR_PROPOSED'", operator.value()))
                .isEqualTo(1);
        assertThat(operators.candidates().stream().filter(c -> c.operator().id().equals(operator)).findFirst().orElseThrow()
                .activeOrders()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoSchedulersClaimFiftyDueTasksAndEachIsClaimedOnce() throws Exception {
        Set<OrderId> due = scheduleDue(50);
        List<OrderId> claimed = Collections.synchronizedList(new ArrayList<>());

        Map<String, Integer> outcomes = Race.run(2, i -> () -> claimUntilNone(100, claimed));

        assertThat(outcomes).containsExactlyEntriesOf(Map.of("OK", 2));
        assertThat(claimed).hasSize(50).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(due);
        assertThat(transactions.inTransaction(() -> dispatches.claimDue(now, 100, LEASE))).isEmpty();
    }

    @RepeatedTest(3)
    void eightSchedulersTakingSmallBatchesNeverShareATask() throws Exception {
        Set<OrderId> due = scheduleDue(50);
        List<OrderId> claimed = Collections.synchronizedList(new ArrayList<>());

        Map<String, Integer> outcomes = Race.run(8, i -> () -> claimUntilNone(3, claimed));

        assertThat(outcomes).containsExactlyEntriesOf(Map.of("OK", 8));
        assertThat(claimed).hasSize(50).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(due);
    }

    /**
     * Schedules tasks due at or before {@link #now}. Earlier runs' tasks were all claimed, so they are
     * due only after the lease, past {@link #now}.
     */
    private Set<OrderId> scheduleDue(int count) {
        Set<OrderId> due = new HashSet<>();
        transactions.inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                OrderId order = ids.nextOrderId();
                dispatches.schedule(order, Stage.DISPATCH, now.minusSeconds(i * 7L % 60), i % 2 == 0, Optional.empty());
                due.add(order);
            }
            return null;
        });
        return due;
    }

    private Object claimUntilNone(int limit, List<OrderId> claimed) {
        List<Task> batch;
        do {
            batch = transactions.inTransaction(() -> dispatches.claimDue(now, limit, LEASE));
            batch.forEach(t -> claimed.add(t.order()));
        } while (!batch.isEmpty());
        return null;
    }

    @RepeatedTest(3)
    void twentyPayoutRequestsOfSixtyPercentRaceAndExactlyOneIsStored() throws Exception {
        run++;
        AccountId payee = ids.nextAccountId();
        accounts.save(Account.open(payee, Email.of("payee-" + run + "-" + payee + "@example.com"), "Payee", Role.OPERATOR,
                Optional.empty(), "not-a-real-hash", Language.EN, now));
        OrderId order = ids.nextOrderId();
        transactions.inTransaction(() -> earnings.append(new EarningEntry(ids.nextEarningId(), payee, order, EarningKind.FEE,
                Money.roubles(1000), EarningEntry.feeKey(order), now)));
        AtomicInteger stored = new AtomicInteger();

        Map<String, Integer> outcomes = Race.run(20, i -> () -> transactions.inTransaction(() -> {
            accounts.lock(payee);
            Optional<PayoutRequest> request = earnings.requestPayout(new PayoutRequest(ids.nextPayoutId(), payee,
                    Money.roubles(600), PayoutStatus.PROCESSING, now, now, Optional.empty()));
            request.ifPresent(r -> stored.incrementAndGet());
            return request;
        }));

        assertThat(outcomes).containsExactlyEntriesOf(Map.of("OK", 20));
        assertThat(stored).hasValue(1);
        assertThat(earnings.payouts(Optional.of(payee), Optional.empty(), 0, 100)).hasSize(1);
        assertThat(earnings.available(payee)).isEqualTo(Money.roubles(400));
    }

    private long count(String query, long param) {
        return context.getBean(Sql.class).run(query, List.of(param), s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
