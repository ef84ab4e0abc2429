package io.ordercore.domain.dispatch;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@link DispatchPolicy#MAX_EXPLAINED} best eligible candidates seen so far, by
 * {@link DispatchPolicy#RANKING}, before any {@link Score} exists. A heap with the worst kept entry at
 * the head, so a newcomer is compared with it alone; each entry carries the figures it ranks by, so
 * that comparing reads no object until two entries tie on everything but the last assignment.
 *
 * <p>Which of two entries that compare equal is kept does not matter: they would make equal scores.
 */
final class BestScores {

    private static final int MAX = DispatchPolicy.MAX_EXPLAINED;

    private final Candidate[] candidates = new Candidate[MAX];
    private final long[] ids = new long[MAX];
    private final long[] wishes = new long[MAX];
    private final int[] ratings = new int[MAX];
    private final int[] loads = new int[MAX];
    private int size;

    /**
     * Preferred gender and talent matches, the two request-dependent figures, as one number: the
     * larger, the better.
     */
    static long wishes(boolean preferredGender, int talentMatches) {
        return (preferredGender ? 1L << 32 : 0L) | talentMatches;
    }

    /** Keeps the candidate if it is among the best so far. */
    void offer(Candidate candidate, long id, long wish, int rating, int activeOrders) {
        if (size < MAX) {
            siftUp(candidate, id, wish, rating, activeOrders);
        } else if (compare(candidate, id, wish, rating, activeOrders, 0) < 0) {
            siftDownFromHead(candidate, id, wish, rating, activeOrders);
        }
    }

    /** The kept entries as scores, best first, ranked from 1. Ends the heap: offer nothing after. */
    Score[] ranked() {
        // Heapsort in place: the worst kept entry is at the head, so taking it off repeatedly and
        // putting it at the end leaves the array best first.
        for (int end = size - 1; end > 0; end--) {
            Candidate candidate = candidates[end];
            long id = ids[end];
            long wish = wishes[end];
            int rating = ratings[end];
            int load = loads[end];
            move(0, end);
            siftDown(end, candidate, id, wish, rating, load);
        }
        Score[] ranked = new Score[size];
        for (int k = 0; k < size; k++) {
            Candidate candidate = candidates[k];
            ranked[k] = new Score(candidate.operator().id(), k + 1, (wishes[k] >>> 32) != 0, (int) wishes[k],
                    ratings[k], loads[k], candidate.lastAssignedAt());
        }
        return ranked;
    }

    /** {@link DispatchPolicy#RANKING} between a newcomer and kept entry {@code k}: negative if the newcomer is better. */
    private int compare(Candidate candidate, long id, long wish, int rating, int activeOrders, int k) {
        if (wish != wishes[k]) {
            return wish > wishes[k] ? -1 : 1;
        }
        if (rating != ratings[k]) {
            return rating > ratings[k] ? -1 : 1;
        }
        if (activeOrders != loads[k]) {
            return activeOrders < loads[k] ? -1 : 1;
        }
        int byLastAssigned = compareLastAssigned(candidate.lastAssignedAt(), candidates[k].lastAssignedAt());
        return byLastAssigned != 0 ? byLastAssigned : Long.compare(id, ids[k]);
    }

    /** Kept entry {@code a} against kept entry {@code b}. */
    private int compare(int a, int b) {
        return compare(candidates[a], ids[a], wishes[a], ratings[a], loads[a], b);
    }

    /** Never assigned comes first, then the longest ago. */
    static int compareLastAssigned(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return a.get().compareTo(b.get());
    }

    private void siftUp(Candidate candidate, long id, long wish, int rating, int activeOrders) {
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (compare(candidate, id, wish, rating, activeOrders, parent) <= 0) {
                break;
            }
            move(parent, k);
            k = parent;
        }
        set(k, candidate, id, wish, rating, activeOrders);
    }

    /** Replaces the head (the worst kept) with a better newcomer. */
    private void siftDownFromHead(Candidate candidate, long id, long wish, int rating, int activeOrders) {
        siftDown(size, candidate, id, wish, rating, activeOrders);
    }

    /** Puts an entry at the head of the first {@code size} entries and sifts it down to its place. */
    private void siftDown(int size, Candidate candidate, long id, long wish, int rating, int activeOrders) {
        int k = 0;
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < size && compare(right, child) > 0) {
                child = right;
            }
            if (compare(candidate, id, wish, rating, activeOrders, child) >= 0) {
                break;
            }
            move(child, k);
            k = child;
        }
        set(k, candidate, id, wish, rating, activeOrders);
    }

    private void move(int from, int to) {
        set(to, candidates[from], ids[from], wishes[from], ratings[from], loads[from]);
    }

    private void set(int k, Candidate candidate, long id, long wish, int rating, int activeOrders) {
        candidates[k] = candidate;
        ids[k] = id;
        wishes[k] = wish;
        ratings[k] = rating;
        loads[k] = activeOrders;
    }
}
