package io.ordercore.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latencies of one scenario level: every successful operation's nanos kept (a few hundred thousand
 * longs at most), sorted once for exact percentiles. Errors are counted apart with the first bodies.
 * Thread-safe by a lock: recording is cheap next to an HTTP round trip.
 */
final class LatencyRecorder {

    static final int KEPT_ERRORS = 5;

    private long[] nanos = new long[4096];
    private int count;
    private long errors;
    private final List<String> firstErrors = new ArrayList<>();

    synchronized void ok(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized void error(int status, String body) {
        errors++;
        if (firstErrors.size() < KEPT_ERRORS) {
            String b = body == null ? "" : body.replaceAll("\\s+", " ");
            firstErrors.add(status + " " + (b.length() > 300 ? b.substring(0, 300) + "..." : b));
        }
    }

    synchronized long ok() {
        return count;
    }

    synchronized long errors() {
        return errors;
    }

    synchronized List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    /** Nearest-rank percentile in milliseconds; null without samples. */
    static Double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        return copy;
    }

    /** ops, errors, throughput over {@code seconds}, p50/p95/p99/max and the first error bodies. */
    Map<String, Object> summary(double seconds) {
        long[] s = sorted();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ops", s.length);
        m.put("errors", errors());
        m.put("seconds", round(seconds, 3));
        m.put("throughputPerSec", seconds > 0 ? round(s.length / seconds, 1) : null);
        m.putAll(percentiles(s));
        m.put("firstErrors", firstErrors());
        return m;
    }

    static Map<String, Object> percentiles(long[] sorted) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50Ms", round(percentileMs(sorted, 50), 3));
        m.put("p95Ms", round(percentileMs(sorted, 95), 3));
        m.put("p99Ms", round(percentileMs(sorted, 99), 3));
        m.put("maxMs", sorted.length == 0 ? null : round(sorted[sorted.length - 1] / 1e6, 3));
        return m;
    }

    static Double round(Double v, int digits) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return null;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
