package io.ordercore.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the service's database sessions are doing during a measured level: pg_stat_activity sampled
 * every 50 ms, counted by wait event ("CPU" when active and not waiting). A lock wait that dominates
 * shows a serialisation point; IO:WALSync shows commit flushes.
 */
final class WaitSampler {

    private final PrivatePostgres pg;
    private final Thread thread;
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, Long> lockQueries = new TreeMap<>();
    private long samples;
    private long activeTotal;
    private volatile boolean running = true;

    private WaitSampler(PrivatePostgres pg) {
        this.pg = pg;
        this.thread = new Thread(this::sample, "wait-sampler");
        this.thread.setDaemon(true);
    }

    static WaitSampler start(PrivatePostgres pg) {
        WaitSampler w = new WaitSampler(pg);
        w.thread.start();
        return w;
    }

    private void sample() {
        try (Connection c = pg.connect(pg.statsDatabase);
             PreparedStatement s = c.prepareStatement("SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU'),"
                     + " left(regexp_replace(query, '\\s+', ' ', 'g'), 90) FROM pg_stat_activity"
                     + " WHERE datname = ? AND usename = ? AND state = 'active' AND pid <> pg_backend_pid()")) {
            s.setString(1, pg.database);
            s.setString(2, pg.serviceUser);
            while (running) {
                long active = 0;
                try (ResultSet rs = s.executeQuery()) {
                    synchronized (this) {
                        while (rs.next()) {
                            active++;
                            counts.merge(rs.getString(1), 1L, Long::sum);
                            if (rs.getString(1).startsWith("Lock:")) {
                                lockQueries.merge(rs.getString(2), 1L, Long::sum);
                            }
                        }
                        samples++;
                        activeTotal += active;
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            synchronized (this) {
                counts.put("sampler failed: " + e.getMessage(), 0L);
            }
        }
    }

    /** Stops sampling; the samples taken, average active sessions, and the share per wait event. */
    Map<String, Object> stop() throws InterruptedException {
        running = false;
        thread.join(2000);
        return summary();
    }

    private synchronized Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("avgActiveSessions", samples == 0 ? null : LatencyRecorder.round(activeTotal / (double) samples, 2));
        Map<String, Object> share = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(e -> share.put(e.getKey(), activeTotal == 0 ? 0.0 : LatencyRecorder.round(e.getValue() / (double) activeTotal, 3)));
        m.put("shareOfActive", share);
        Map<String, Object> locks = new LinkedHashMap<>();
        lockQueries.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(3)
                .forEach(e -> locks.put(e.getKey(), e.getValue()));
        if (!locks.isEmpty()) {
            m.put("lockWaitingQueries", locks);
        }
        return m;
    }
}
