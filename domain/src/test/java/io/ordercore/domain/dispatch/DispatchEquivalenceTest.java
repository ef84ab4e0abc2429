package io.ordercore.domain.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: on random pools and requests (fixed seeds), {@link DispatchPolicy} decides exactly what the
 * old algorithm, kept as {@link ReferenceDispatchPolicy}, decided: the chosen operator, every kept
 * score and rejection (reasons and words), the totals and the explanation, both through
 * {@code decide(request, candidates)} and through a {@link CandidatePool} reused across requests.
 *
 * <p>The generator aims at the corners: few distinct ratings, load figures and assignment times (so
 * rankings tie down to the id), more than {@link DispatchPolicy#MAX_EXPLAINED} eligible and rejected,
 * window edges equal to working-hour edges, talent ids that need one, several or numbered bitset
 * words, critical and wished talents nobody holds, excluded ids in and out of the pool, and pools
 * offering one account more than once.
 */
class DispatchEquivalenceTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final Instant BASE = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant[] ASSIGNED = {BASE, BASE.plusSeconds(60), BASE.plusSeconds(3600),
            BASE.plusNanos(1), BASE.minusSeconds(86_400 * 30)};
    private static final String[] HOURS = {"09:00-18:00", "10:00-12:00", "10:00-11:59", "10:01-12:00",
            "08:30-14:15", "12:00-20:00", "00:00-23:59", "14:00-23:00", "09:45-10:45"};
    private static final String[] WINDOWS = {"10:00-12:00", "09:00-10:00", "10:00-11:00", "11:59-12:00",
            "08:30-14:15", "17:00-18:00", "13:00-15:30", "22:00-23:00", "00:00-00:01", "23:00-23:59"};
    private static final long[] EDGE_IDS = {1, 2, 63, 64, 65, 127, 128, 129, 1_023, 1_024, 1_025};

    /**
     * How talent ids are spread: one bitset word, several words, the edges of the words and of the
     * direct numbering, or ids so large that the pool has to number its talents.
     */
    private enum Talents {
        SMALL(12), WIDE(128), EDGES(EDGE_IDS.length), LARGE(40);

        final int spread;

        Talents(int spread) {
            this.spread = spread;
        }

        TalentId pick(Random random) {
            int k = 1 + random.nextInt(spread);
            return switch (this) {
                case SMALL, WIDE -> new TalentId(k);
                case EDGES -> new TalentId(EDGE_IDS[k - 1]);
                // Mostly small, some beyond any direct bit, one near Long.MAX_VALUE.
                case LARGE -> new TalentId(k <= 30 ? k : k == 40 ? Long.MAX_VALUE - 7 : 1_000L * k);
            };
        }
    }

    private final Coverage coverage = new Coverage();

    @Test
    void random_pools_and_requests_decide_exactly_as_the_old_algorithm() {
        Random random = new Random(20261124L);
        for (int round = 0; round < 3_000; round++) {
            int size = switch (random.nextInt(10)) {
                case 0 -> random.nextInt(3);
                case 1, 2, 3 -> random.nextInt(60);
                case 9 -> 500 + random.nextInt(1_500);
                default -> 60 + random.nextInt(240);
            };
            Talents talents = Talents.values()[random.nextInt(Talents.values().length)];
            boolean duplicates = random.nextInt(8) == 0;
            List<Candidate> candidates = pool(random, size, talents, duplicates);
            Collection<Candidate> offered = switch (random.nextInt(12)) {
                case 0 -> new HashSet<>(candidates);
                case 1 -> new LinkedHashSet<>(candidates);
                default -> candidates;
            };
            CandidatePool pool = CandidatePool.of(offered);
            int requests = 1 + random.nextInt(4);
            for (int r = 0; r < requests; r++) {
                DispatchRequest request = request(random, size, talents);
                String context = "round " + round + ", request " + r + " (" + size + " candidates, talents " + talents
                        + (duplicates ? ", ids repeated" : "") + ")";
                DispatchDecision expected = ReferenceDispatchPolicy.decide(request, offered);
                assertSame(DispatchPolicy.decide(request, offered), expected, context + ", from the collection");
                assertSame(DispatchPolicy.decide(request, pool), expected, context + ", from a reused pool");
                coverage.count(expected, duplicates);
            }
        }
        coverage.assertReached();
    }

    @Test
    void a_pool_of_ten_thousand_shaped_like_the_benchmark_decides_as_before() {
        Random random = new Random(7L);
        List<Candidate> candidates = pool(random, 10_000, Talents.SMALL, false);
        CandidatePool pool = CandidatePool.of(candidates);
        for (int r = 0; r < 40; r++) {
            DispatchRequest request = request(random, 10_000, Talents.SMALL);
            DispatchDecision expected = ReferenceDispatchPolicy.decide(request, candidates);
            assertSame(DispatchPolicy.decide(request, pool), expected, "10k pool, request " + r);
        }
    }

    @Test
    void an_empty_pool_decides_as_before() {
        DispatchRequest request = request(new Random(1L), 10, Talents.SMALL);

        assertSame(DispatchPolicy.decide(request, CandidatePool.empty()),
                ReferenceDispatchPolicy.decide(request, List.of()), "empty pool");
        assertThat(CandidatePool.empty().size()).isZero();
    }

    /** Field by field first, so that a failure names what differs; then the whole record and its text. */
    private static void assertSame(DispatchDecision actual, DispatchDecision expected, String context) {
        assertThat(actual.order()).as(context + ": order").isEqualTo(expected.order());
        assertThat(actual.chosen()).as(context + ": chosen").isEqualTo(expected.chosen());
        assertThat(actual.considered()).as(context + ": considered").isEqualTo(expected.considered());
        assertThat(actual.rankedTotal()).as(context + ": ranked total").isEqualTo(expected.rankedTotal());
        assertThat(actual.rejectedTotal()).as(context + ": rejected total").isEqualTo(expected.rejectedTotal());
        assertThat(actual.ranked()).as(context + ": ranked, with scores and ranks")
                .containsExactlyElementsOf(expected.ranked());
        assertThat(actual.rejected()).as(context + ": rejected, with reasons and text")
                .containsExactlyElementsOf(expected.rejected());
        assertThat(actual).as(context + ": decision").isEqualTo(expected);
        assertThat(actual.explain()).as(context + ": explanation").isEqualTo(expected.explain());
    }

    private static List<Candidate> pool(Random random, int size, Talents talents, boolean duplicates) {
        List<Candidate> pool = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            // Repeated ids: the same account offered more than once, with different figures.
            long id = duplicates ? 1 + random.nextInt(Math.max(1, size / 3)) : i;
            int roll = random.nextInt(10);
            OperatorState state = roll < 7 ? OperatorState.ACTIVE : roll < 9 ? OperatorState.PAUSED : OperatorState.FROZEN;
            Set<TalentId> held = new HashSet<>();
            int count = random.nextInt(7);
            while (held.size() < count) {
                held.add(talents.pick(random));
            }
            Optional<WorkingHours> hours = random.nextInt(3) == 0
                    ? Optional.of(WorkingHours.parse(HOURS[random.nextInt(HOURS.length)])) : Optional.empty();
            Operator operator = new Operator(new AccountId(id), "Operator " + id,
                    random.nextBoolean() ? Gender.FEMALE : Gender.MALE, held, Money.roubles(300),
                    random.nextInt(4) - 1, state, 1 + random.nextInt(3), hours);
            Optional<Instant> assigned = random.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(ASSIGNED[random.nextInt(ASSIGNED.length)]);
            pool.add(new Candidate(operator, random.nextInt(3), assigned));
        }
        // Mostly shuffled; sometimes in id order, which a store may also return.
        if (random.nextInt(4) != 0) {
            java.util.Collections.shuffle(pool, random);
        }
        return pool;
    }

    private static DispatchRequest request(Random random, int poolSize, Talents talents) {
        OperatorGender[] genders = OperatorGender.values();
        OperatorGender required = random.nextInt(3) == 0 ? genders[random.nextInt(genders.length)] : OperatorGender.ANY;
        Set<TalentId> critical = new HashSet<>();
        int criticalCount = random.nextInt(10) < 3 ? 0 : random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
        while (critical.size() < criticalCount) {
            critical.add(random.nextInt(25) == 0 ? new TalentId(987_654_321L) : talents.pick(random));
        }
        Set<TalentId> other = new HashSet<>();
        int otherCount = random.nextInt(5);
        while (other.size() < otherCount) {
            other.add(random.nextInt(20) == 0 ? new TalentId(987_654_322L) : talents.pick(random));
        }
        String[] window = WINDOWS[random.nextInt(WINDOWS.length)].split("-");
        CallWindow callWindow = new CallWindow(DAY, LocalTime.parse(window[0]), LocalTime.parse(window[1]));
        Set<AccountId> excluded = new HashSet<>();
        int excludedCount = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
        while (excluded.size() < excludedCount) {
            excluded.add(new AccountId(1 + random.nextInt(Math.max(1, poolSize) + 5)));
        }
        OperatorGender preferred = random.nextBoolean() ? genders[random.nextInt(genders.length)] : OperatorGender.ANY;
        return new DispatchRequest(new OrderId(1 + random.nextInt(1_000)), required, critical, other, preferred,
                callWindow, excluded);
    }

    /** Makes sure the random cases reached the corners they are meant to reach. */
    private static final class Coverage {
        int decisions;
        int chosen;
        int nobodyChosen;
        int rankedCut;
        int rejectedCut;
        int preferredRanked;
        int withMatches;
        int tiedToTheId;
        int everyReasonSeen;
        int repeatedIdsCut;
        final Set<RejectionReason> reasons = new HashSet<>();

        void count(DispatchDecision decision, boolean duplicates) {
            decisions++;
            if (decision.chosen().isPresent()) {
                chosen++;
            } else {
                nobodyChosen++;
            }
            if (decision.rankedTotal() > decision.ranked().size()) {
                rankedCut++;
            }
            if (decision.rejectedTotal() > decision.rejected().size()) {
                rejectedCut++;
                if (duplicates) {
                    repeatedIdsCut++;
                }
            }
            List<Score> ranked = decision.ranked();
            for (int i = 0; i < ranked.size(); i++) {
                Score s = ranked.get(i);
                preferredRanked += s.preferredGender() ? 1 : 0;
                withMatches += s.talentMatches() > 0 ? 1 : 0;
                if (i > 0) {
                    Score before = ranked.get(i - 1);
                    if (before.preferredGender() == s.preferredGender() && before.talentMatches() == s.talentMatches()
                            && before.rating() == s.rating() && before.activeOrders() == s.activeOrders()
                            && before.lastAssignedAt().equals(s.lastAssignedAt())) {
                        tiedToTheId++;
                    }
                }
            }
            decision.rejected().forEach(r -> reasons.addAll(r.reasons()));
            everyReasonSeen = reasons.size();
        }

        void assertReached() {
            assertThat(decisions).isGreaterThan(5_000);
            assertThat(chosen).isGreaterThan(1_000);
            assertThat(nobodyChosen).isGreaterThan(200);
            assertThat(rankedCut).isGreaterThan(200);
            assertThat(rejectedCut).isGreaterThan(1_000);
            assertThat(repeatedIdsCut).isGreaterThan(100);
            assertThat(preferredRanked).isGreaterThan(1_000);
            assertThat(withMatches).isGreaterThan(1_000);
            assertThat(tiedToTheId).isGreaterThan(1_000);
            assertThat(everyReasonSeen).isEqualTo(RejectionReason.values().length);
        }
    }
}
