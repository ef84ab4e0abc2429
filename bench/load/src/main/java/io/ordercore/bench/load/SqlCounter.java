package io.ordercore.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * SQL statements and transactions per operation, from pg_stat_statements and pg_stat_database.
 *
 * <p>Statements: operations run one after another in small batches, pg_stat_statements reset before
 * each. The service's schedulers (dispatch every 15 s, e-mail outbox every 5 s) share the database,
 * so a batch during which one of them ran (a claim with FOR UPDATE SKIP LOCKED, or an outbox message
 * marked sent) is discarded and run again; what is left is the request path only.
 *
 * <p>Transactions: the xact_commit delta of the service's database over all batches plus a settle
 * time (backends report their counts lazily, up to 10 s when idle), minus an idle window of the same
 * length. It therefore also counts the deferred e-mail delivery the operations caused.
 */
final class SqlCounter {

    static final int BATCH = 10;

    private final PrivatePostgres pg;
    private final long settleMillis;

    /** @param settleMillis how long to wait for the commit counts (0: do not count transactions) */
    SqlCounter(PrivatePostgres pg, long settleMillis) {
        this.pg = pg;
        this.settleMillis = settleMillis;
    }

    Map<String, Object> measure(int n, BooleanSupplier op) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operations", n);
        boolean statements = pg.statementsUnavailable == null;
        if (!statements) {
            m.put("statementsPerOp", null);
            m.put("reason", pg.statementsUnavailable);
        }
        try (Connection c = pg.connect(pg.statsDatabase); Connection service = pg.connect(pg.database)) {
            long db = oid(c);
            waitForOutbox(service, 60_000);
            long x0 = commits(c);
            long t0 = System.nanoTime();
            int ok = 0;
            int clean = 0;
            int discarded = 0;
            long cleanCalls = 0;
            Map<String, long[]> byQuery = new LinkedHashMap<>();
            while (clean < n && discarded < 20) {
                if (statements) {
                    reset(c);
                }
                int batchOk = 0;
                for (int i = 0; i < Math.min(BATCH, n - clean); i++) {
                    if (op.getAsBoolean()) {
                        batchOk++;
                    }
                }
                ok += batchOk;
                if (batchOk == 0) {
                    break;
                }
                if (!statements) {
                    clean += batchOk;
                    continue;
                }
                List<Object[]> rows = rows(c, db);
                boolean scheduler = rows.stream().map(r -> (String) r[1])
                        .anyMatch(q -> q.contains("SKIP LOCKED") || q.startsWith("UPDATE notification_outbox"));
                if (scheduler) {
                    discarded++;
                    continue;
                }
                clean += batchOk;
                for (Object[] r : rows) {
                    cleanCalls += (Long) r[0];
                    byQuery.computeIfAbsent((String) r[1], k -> new long[1])[0] += (Long) r[0];
                }
            }
            long window = System.nanoTime() - t0;
            long x1 = 0;
            long y0 = 0;
            long y1 = 0;
            if (settleMillis > 0) {
                Thread.sleep(settleMillis);
                x1 = commits(c);
                y0 = commits(c);
                Thread.sleep(window / 1_000_000 + settleMillis);
                y1 = commits(c);
            }

            m.put("succeeded", ok);
            if (ok == 0) {
                m.put("statementsPerOp", null);
                m.put("transactionsPerOp", null);
                m.put("reason", "no operation succeeded");
                return m;
            }
            if (statements) {
                m.put("statementsPerOp", clean == 0 ? null : LatencyRecorder.round(cleanCalls / (double) clean, 2));
                m.put("cleanOperations", clean);
                m.put("batchesDiscardedForSchedulers", discarded);
                List<Map<String, Object>> top = new ArrayList<>();
                int per = Math.max(1, clean);
                byQuery.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(30)
                        .forEach(e -> {
                            Map<String, Object> t = new LinkedHashMap<>();
                            t.put("perOp", LatencyRecorder.round(e.getValue()[0] / (double) per, 2));
                            t.put("query", e.getKey());
                            top.add(t);
                        });
                m.put("statements", top);
            }
            if (settleMillis > 0) {
                m.put("transactionsPerOp", LatencyRecorder.round(((x1 - x0) - (y1 - y0)) / (double) ok, 2));
                m.put("commitsInWindow", x1 - x0);
                m.put("commitsIdleBaseline", y1 - y0);
                m.put("windowSeconds", LatencyRecorder.round((window + settleMillis * 1_000_000L) / 1e9, 2));
            } else {
                m.put("transactionsPerOp", null);
                m.put("transactionsNote", "not measured (smoke): xact_commit needs a settle of 10 s or more");
            }
        }
        return m;
    }

    /** Empties pg_stat_statements, so {@link #topByTime} covers what follows. */
    static void resetStatements(PrivatePostgres pg) throws SQLException {
        if (pg.statementsUnavailable != null) {
            return;
        }
        try (Connection c = pg.connect(pg.statsDatabase)) {
            reset(c);
        }
    }

    /**
     * The service's statements that took the most database time since the last reset (pgbench's own
     * left out: another user on the private cluster, its tables and sequences on the shared server):
     * where a scenario's database time goes. Mean times include row-lock waits.
     */
    static List<Map<String, Object>> topByTime(PrivatePostgres pg, int limit) throws SQLException {
        List<Map<String, Object>> list = new ArrayList<>();
        if (pg.statementsUnavailable != null) {
            return list;
        }
        try (Connection c = pg.connect(pg.statsDatabase);
             PreparedStatement s = c.prepareStatement("SELECT calls, total_exec_time, mean_exec_time, rows, query"
                     + " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = ?)"
                     + " AND userid = (SELECT oid FROM pg_roles WHERE rolname = ?)"
                     + " AND query NOT LIKE '%bench_pgbench%' AND query NOT LIKE '%lpad(nextval%' AND query NOT LIKE '%pg_stat%'"
                     + " ORDER BY total_exec_time DESC LIMIT ?")) {
            s.setString(1, pg.database);
            s.setString(2, pg.serviceUser);
            s.setInt(3, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("calls", rs.getLong(1));
                    m.put("totalMs", LatencyRecorder.round(rs.getDouble(2), 1));
                    m.put("meanMs", LatencyRecorder.round(rs.getDouble(3), 3));
                    m.put("rows", rs.getLong(4));
                    String q = rs.getString(5).replaceAll("\\s+", " ").strip();
                    m.put("query", q.length() > 300 ? q.substring(0, 300) + "..." : q);
                    list.add(m);
                }
            }
        }
        return list;
    }

    /** Waits until earlier scenarios' e-mails are delivered, so their delivery is not in the window. */
    private static void waitForOutbox(Connection service, long maxMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        while (System.currentTimeMillis() < deadline) {
            try (Statement s = service.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM notification_outbox WHERE status IN ('PENDING', 'SENDING')")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            } catch (SQLException schemaChanged) {
                return;
            }
            Thread.sleep(250);
        }
    }

    private long oid(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT oid FROM pg_database WHERE datname = ?")) {
            s.setString(1, pg.database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    private long commits(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT xact_commit FROM pg_stat_database WHERE datname = ?")) {
            s.setString(1, pg.database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** (calls, normalised one-line query) of the service database, since the last reset. */
    private static List<Object[]> rows(Connection c, long db) throws SQLException {
        List<Object[]> list = new ArrayList<>();
        // pg_stat_*: the runner's own queries, which share the database when it runs on a shared server.
        try (PreparedStatement s = c.prepareStatement("SELECT calls, query FROM pg_stat_statements WHERE dbid = ?"
                + " AND query NOT LIKE '%pg_stat%'")) {
            s.setLong(1, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String q = rs.getString(2).replaceAll("\\s+", " ").strip();
                    list.add(new Object[] {rs.getLong(1), q.length() > 240 ? q.substring(0, 240) + "..." : q});
                }
            }
        }
        return list;
    }
}
