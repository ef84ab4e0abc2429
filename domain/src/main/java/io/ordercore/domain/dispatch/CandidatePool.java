package io.ordercore.domain.dispatch;

import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
import io.ordercore.domain.shared.Gender;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The candidates of {@link DispatchPolicy#decide(DispatchRequest, CandidatePool)}, compiled once into
 * flat arrays of primitives, so that a decision reads a few arrays front to back instead of chasing
 * {@code Candidate -> Operator -> Optional<WorkingHours> -> LocalTime} and hashing {@link TalentId}s
 * for every operator.
 *
 * <p>An immutable snapshot: it does not see later changes of the operators (state, capacity, talents,
 * hours) nor of the load figures ({@link Candidate#activeOrders()}, {@link Candidate#lastAssignedAt()});
 * build a new pool when they change. One pool serves any number of requests, from any number of
 * threads. Building is one pass over the candidates and their talents; {@code bench/README.md} says
 * what it costs next to a decision.
 *
 * <p>Keeps the candidates in the collection's iteration order, and a decision over the pool is the
 * same as one over the collection (the order only matters if an account id appears more than once).
 */
public final class CandidatePool {

    /** Talent ids up to this are their own bit ({@code id - 1}); a pool holding a larger one numbers its talents. */
    static final long MAX_DIRECT_TALENT = 64 * 16;

    /** {@link #group} bits for the rules that do not depend on the request. */
    static final int FAILS_STATE = 1;
    static final int FAILS_CAPACITY = 2;
    /** {@link #group} is {@code gender.ordinal() * GROUPS_PER_GENDER + failure bits}, below {@link #GROUPS}. */
    static final int GROUPS_PER_GENDER = 4;
    static final int GROUPS = Gender.values().length * GROUPS_PER_GENDER;

    private static final CandidatePool EMPTY = of(List.of());

    final int size;
    final Candidate[] candidates;
    final long[] ids;
    /** Gender and the request-independent failures (state, capacity) as one small number. */
    final byte[] group;
    /** Working hours in seconds of the day; without hours 0 and {@link Integer#MAX_VALUE}. */
    final int[] hoursFrom;
    final int[] hoursTo;
    final int[] rating;
    final int[] activeOrders;
    /** Talent bitsets, word-major: word {@code w} of candidate {@code i} is at {@code w * size + i}. */
    final long[] talents;
    final int words;
    /** Talent id to bit when the pool numbers its talents; null when a talent's bit is its id - 1. */
    private final Map<Long, Integer> talentBits;

    private CandidatePool(Candidate[] candidates, long[] ids, byte[] group, int[] hoursFrom, int[] hoursTo,
                          int[] rating, int[] activeOrders, long[] talents, int words, Map<Long, Integer> talentBits) {
        this.size = candidates.length;
        this.candidates = candidates;
        this.ids = ids;
        this.group = group;
        this.hoursFrom = hoursFrom;
        this.hoursTo = hoursTo;
        this.rating = rating;
        this.activeOrders = activeOrders;
        this.talents = talents;
        this.words = words;
        this.talentBits = talentBits;
    }

    /** Compiles {@code candidates}, in their iteration order. */
    public static CandidatePool of(Collection<Candidate> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        Candidate[] array = candidates.toArray(new Candidate[0]);
        CandidatePool pool = compile(array, null);
        return pool != null ? pool : compile(array, numberTalents(array));
    }

    /** A pool without candidates. */
    public static CandidatePool empty() {
        return EMPTY;
    }

    /** How many candidates the pool holds. */
    public int size() {
        return size;
    }

    /** The candidates, in the order they were given. */
    public List<Candidate> candidates() {
        return Collections.unmodifiableList(Arrays.asList(candidates));
    }

    /** The bit of a talent in this pool's bitsets, or -1 when no candidate holds it. */
    int bitOf(TalentId talent) {
        long value = talent.value();
        if (talentBits != null) {
            return talentBits.getOrDefault(value, -1);
        }
        return value <= (long) words * 64 ? (int) (value - 1) : -1;
    }

    /**
     * One pass over the candidates. With {@code talentBits} null a talent's bit is its id - 1, and
     * the pass gives up (returns null) on meeting an id above {@link #MAX_DIRECT_TALENT}.
     */
    private static CandidatePool compile(Candidate[] candidates, Map<Long, Integer> talentBits) {
        int n = candidates.length;
        long[] ids = new long[n];
        byte[] group = new byte[n];
        int[] hoursFrom = new int[n];
        int[] hoursTo = new int[n];
        int[] rating = new int[n];
        int[] activeOrders = new int[n];
        int words = talentBits == null ? 1 : Math.max(1, (talentBits.size() + 63) >>> 6);
        long[] bits = new long[words * n];
        for (int i = 0; i < n; i++) {
            Candidate candidate = Objects.requireNonNull(candidates[i], "candidate");
            Operator operator = candidate.operator();
            ids[i] = operator.id().value();
            int active = candidate.activeOrders();
            int flags = (operator.state() != OperatorState.ACTIVE ? FAILS_STATE : 0)
                    | (active >= operator.capacity() ? FAILS_CAPACITY : 0);
            group[i] = (byte) (operator.gender().ordinal() * GROUPS_PER_GENDER + flags);
            Optional<WorkingHours> hours = operator.workingHours();
            if (hours.isPresent()) {
                // Whole minutes (WorkingHours and CallWindow both insist), so seconds compare exactly.
                hoursFrom[i] = hours.get().from().toSecondOfDay();
                hoursTo[i] = hours.get().to().toSecondOfDay();
            } else {
                hoursTo[i] = Integer.MAX_VALUE;
            }
            rating[i] = operator.rating();
            activeOrders[i] = active;
            for (TalentId talent : operator.talents()) {
                int bit;
                if (talentBits != null) {
                    bit = talentBits.get(talent.value());
                } else if (talent.value() > MAX_DIRECT_TALENT) {
                    return null;
                } else {
                    bit = (int) (talent.value() - 1);
                    int needed = (bit >>> 6) + 1;
                    if (needed > words) {
                        // Word-major, so widening only appends zero words.
                        bits = Arrays.copyOf(bits, needed * n);
                        words = needed;
                    }
                }
                bits[(bit >>> 6) * n + i] |= 1L << bit;
            }
        }
        return new CandidatePool(candidates, ids, group, hoursFrom, hoursTo, rating, activeOrders, bits, words,
                talentBits);
    }

    /** Every distinct talent id gets a bit, in id order: for pools holding ids too large to be their own bit. */
    private static Map<Long, Integer> numberTalents(Candidate[] candidates) {
        TreeSet<Long> distinct = new TreeSet<>();
        for (Candidate candidate : candidates) {
            for (TalentId talent : candidate.operator().talents()) {
                distinct.add(talent.value());
            }
        }
        Map<Long, Integer> bits = new HashMap<>(distinct.size() * 2);
        for (Long value : distinct) {
            bits.put(value, bits.size());
        }
        return bits;
    }
}
