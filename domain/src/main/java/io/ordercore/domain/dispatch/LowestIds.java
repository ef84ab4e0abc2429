package io.ordercore.domain.dispatch;

/**
 * The {@link DispatchPolicy#MAX_EXPLAINED} rejected candidates with the lowest account ids seen so
 * far. A heap with the highest kept id at the head, so a newcomer is compared with it alone.
 *
 * <p>It does what the earlier {@code PriorityQueue<Candidate>} (by descending id) did, step for step:
 * {@code add}, then {@code poll} above the bound, with the same sift-up and sift-down, and
 * {@link #sorted} sorts the heap's array stably by id, as {@code Arrays.sort(queue.toArray(), byId)}
 * did. Only when one account id is offered twice does this matter: it decides which of the two
 * candidates is kept, and the reference test holds it to the old result.
 */
final class LowestIds {

    private static final int MAX = DispatchPolicy.MAX_EXPLAINED;

    private final long[] ids = new long[MAX + 1];
    private final Candidate[] candidates = new Candidate[MAX + 1];
    private int size;

    /**
     * The highest id that would be kept now: a rejection with a higher id is only counted. The hot
     * loops hold it in a local and call {@link #keep} only at or below it. Account ids are positive,
     * so "at most the head's id - 1" is exactly the old "below the head's id" once the heap is full.
     */
    long limit() {
        return size < MAX ? Long.MAX_VALUE : ids[0] - 1;
    }

    /** Keeps a rejection at or below {@link #limit()}; returns the new limit. */
    long keep(long id, Candidate candidate) {
        // PriorityQueue.offer: sift up while the parent's id is lower.
        int k = size;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (ids[parent] >= id) {
                break;
            }
            ids[k] = ids[parent];
            candidates[k] = candidates[parent];
            k = parent;
        }
        ids[k] = id;
        candidates[k] = candidate;
        size++;
        if (size > MAX) {
            // PriorityQueue.poll: the last entry replaces the head and sifts down.
            size--;
            long lastId = ids[size];
            Candidate last = candidates[size];
            candidates[size] = null;
            siftDown(lastId, last);
        }
        return limit();
    }

    private void siftDown(long id, Candidate candidate) {
        int k = 0;
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            int right = child + 1;
            if (right < size && ids[right] > ids[child]) {
                child = right;
            }
            if (ids[child] <= id) {
                break;
            }
            ids[k] = ids[child];
            candidates[k] = candidates[child];
            k = child;
        }
        ids[k] = id;
        candidates[k] = candidate;
    }

    /** The kept candidates by id, equal ids in heap order (a stable sort of the heap's array). */
    Candidate[] sorted() {
        // Reversed, the heap's array (highest id first) is nearly ascending, so insertion sort is cheap;
        // ties go by the position in the heap's array, which is what a stable sort keeps.
        int n = size;
        long[] byId = new long[n];
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            long id = ids[n - 1 - k];
            int at = n - 1 - k;
            int j = k - 1;
            while (j >= 0 && (byId[j] > id || byId[j] == id && position[j] > at)) {
                byId[j + 1] = byId[j];
                position[j + 1] = position[j];
                j--;
            }
            byId[j + 1] = id;
            position[j + 1] = at;
        }
        Candidate[] sorted = new Candidate[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = candidates[position[k]];
        }
        return sorted;
    }
}
