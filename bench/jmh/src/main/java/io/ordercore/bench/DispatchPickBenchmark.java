package io.ordercore.bench;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.dispatch.CandidatePool;
import io.ordercore.domain.dispatch.DispatchDecision;
import io.ordercore.domain.dispatch.DispatchPolicy;
import io.ordercore.domain.dispatch.DispatchRequest;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link DispatchPolicy#decide} over a pool of operators, as dispatch calls it for every paid order,
 * three ways: {@link #decide} from the candidate list (what {@code Dispatcher} calls: it compiles a
 * {@link CandidatePool} every time), {@link #decideOnPool} on a pool compiled beforehand, and
 * {@link #buildPool}, the compiling alone. {@code decide} costs about {@code buildPool + decideOnPool}.
 *
 * <p>The pool (built once, seed {@value #SEED}): 90% ACTIVE (6% PAUSED, 4% FROZEN), half of each
 * gender, 0-6 talents out of a catalog of 30 of which the first 10 are critical, capacity 1-3,
 * 0-3 active orders, rating -20..50, 30% with working hours, 20% never assigned. The candidate
 * list is shuffled, as a store returns rows in no particular order.
 *
 * <p>{@value #REQUESTS} requests are cycled through, so the branches do not all go one way:
 * a required gender one time in four, 1-2 critical and 2-3 non-critical talents, a preferred gender
 * half of the time, a 1-2 hour window between 08:00 and 22:00, 0-3 excluded operators.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class DispatchPickBenchmark {

    static final long SEED = 20261123L;
    static final int REQUESTS = 64;
    static final int TALENTS = 30;
    static final int CRITICAL_TALENTS = 10;

    private static final LocalDate CALL_DATE = LocalDate.parse("2026-11-25");
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final WorkingHours[] HOURS = {
            new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0)),
            new WorkingHours(LocalTime.of(10, 0), LocalTime.of(22, 0)),
            new WorkingHours(LocalTime.of(8, 0), LocalTime.of(14, 0)),
            new WorkingHours(LocalTime.of(14, 0), LocalTime.of(23, 0)),
    };

    @Param({"1000", "10000"})
    public int operators;

    private List<Candidate> candidates;
    private CandidatePool pool;
    private DispatchRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(SEED);
        candidates = pool(random, operators);
        requests = new DispatchRequest[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            requests[i] = request(random, i + 1, operators);
        }
        pool = CandidatePool.of(candidates);
        long eligible = 0;
        for (DispatchRequest request : requests) {
            DispatchDecision decision = DispatchPolicy.decide(request, candidates);
            if (!decision.equals(DispatchPolicy.decide(request, pool))) {
                throw new IllegalStateException("the pool decided otherwise than the list for order " + request.order());
            }
            eligible += decision.rankedTotal();
        }
        // Printed once per trial so a reader can see how selective the requests are.
        System.out.printf("%n[setup] %d operators, %d requests: %.1f eligible per request on average%n",
                operators, REQUESTS, (double) eligible / REQUESTS);
    }

    /** From the list, as {@code Dispatcher} calls it today: compiles the pool, then decides. */
    @Benchmark
    public DispatchDecision decide() {
        DispatchRequest request = requests[next];
        next = (next + 1) & (REQUESTS - 1);
        return DispatchPolicy.decide(request, candidates);
    }

    /** On a pool compiled once in the set-up, as a caller that keeps its pool between orders would. */
    @Benchmark
    public DispatchDecision decideOnPool() {
        DispatchRequest request = requests[next];
        next = (next + 1) & (REQUESTS - 1);
        return DispatchPolicy.decide(request, pool);
    }

    /** What compiling the pool costs: the part of {@link #decide} that {@link #decideOnPool} does not pay. */
    @Benchmark
    public CandidatePool buildPool() {
        return CandidatePool.of(candidates);
    }

    static List<Candidate> pool(Random random, int size) {
        List<Candidate> pool = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            int roll = random.nextInt(100);
            OperatorState state = roll < 90 ? OperatorState.ACTIVE : roll < 96 ? OperatorState.PAUSED : OperatorState.FROZEN;
            Gender gender = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
            Set<TalentId> talents = new HashSet<>();
            int count = random.nextInt(7);
            while (talents.size() < count) {
                talents.add(new TalentId(1 + random.nextInt(TALENTS)));
            }
            Optional<WorkingHours> hours = random.nextInt(10) < 3
                    ? Optional.of(HOURS[random.nextInt(HOURS.length)]) : Optional.empty();
            Operator operator = new Operator(new AccountId(i), "Operator " + i, gender, talents,
                    Money.roubles(100 + random.nextInt(901)), -20 + random.nextInt(71), state,
                    1 + random.nextInt(3), hours);
            Optional<Instant> lastAssigned = random.nextInt(5) == 0 ? Optional.empty()
                    : Optional.of(NOW.minusSeconds(random.nextInt(7 * 24 * 3600)));
            pool.add(new Candidate(operator, random.nextInt(4), lastAssigned));
        }
        Collections.shuffle(pool, random);
        return pool;
    }

    static DispatchRequest request(Random random, long orderId, int poolSize) {
        OperatorGender required = random.nextInt(4) == 0 ? gender(random) : OperatorGender.ANY;
        Set<TalentId> critical = new HashSet<>();
        int criticalCount = 1 + random.nextInt(2);
        while (critical.size() < criticalCount) {
            critical.add(new TalentId(1 + random.nextInt(CRITICAL_TALENTS)));
        }
        Set<TalentId> other = new HashSet<>();
        int otherCount = 2 + random.nextInt(2);
        while (other.size() < otherCount) {
            other.add(new TalentId(1 + CRITICAL_TALENTS + random.nextInt(TALENTS - CRITICAL_TALENTS)));
        }
        OperatorGender preferred = random.nextBoolean() ? gender(random) : OperatorGender.ANY;
        LocalTime start = LocalTime.of(8 + random.nextInt(12), 30 * random.nextInt(2));
        CallWindow window = new CallWindow(CALL_DATE, start, start.plusMinutes(60 + 60L * random.nextInt(2)));
        Set<AccountId> excluded = new HashSet<>();
        int excludedCount = random.nextInt(4);
        while (excluded.size() < excludedCount) {
            excluded.add(new AccountId(1 + random.nextInt(poolSize)));
        }
        return new DispatchRequest(new OrderId(orderId), required, critical, other, preferred, window, excluded);
    }

    private static OperatorGender gender(Random random) {
        return random.nextBoolean() ? OperatorGender.FEMALE : OperatorGender.MALE;
    }
}
