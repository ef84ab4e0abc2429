package io.ordercore.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench on the SQL of ordercore's place-order transaction, as the database's own limit for it.
 * It runs in the service's database, on copies of the three tables (schema bench_pgbench, made with
 * LIKE ... INCLUDING ALL so every index and check is the same, plus the history's foreign key), so
 * the product's own rows are untouched and both see the same server, disk and settings.
 *
 * <p>One transaction is what PlaceCallOrderService + the JDBC repositories do for the database's part
 * of a place-order with a coupon: nextval for the order id; the coupon looked up by its code; the claim
 * with the product's conditional UPDATE (adapters-persistence CouponsPersistenceAdapter.claim); the
 * order row; its two history rows (placed, and the coupon's PRICE entry). What it leaves out (HTTP,
 * JSON, JWT, validation, the account and catalog reads, the audit log and the e-mail outbox) is
 * exactly the overhead the ratio is meant to show.
 */
final class PgBench {

    static final String SCHEMA = "bench_pgbench";
    static final String SCRIPT = """
            \\set acc random(1, 100000)
            \\set hour random(9, 20)
            BEGIN;
            SELECT nextval('bench_pgbench.order_id_seq') AS oid, 'PGB' || lpad(nextval('bench_pgbench.coupon_pick_seq')::text, 9, '0') AS code \\gset
            SELECT id AS cid FROM bench_pgbench.coupon WHERE code = :code \\gset
            UPDATE bench_pgbench.coupon SET used_order_id = :oid, used_by_account_id = :acc, used_at = now() WHERE id = :cid AND used_order_id IS NULL;
            INSERT INTO bench_pgbench.orders (id, status, client_name, client_name_key, client_email, recipient_name, recipient_name_key, recipient_phone, recipient_country, recipient_city, call_type_id, call_type_name, window_start, window_end, preferred_gender, wishes, anonymous, consented_at, coupon_code, price_minor, discount_minor, currency, created_at, updated_at, version, owner_account_id, point_id, operator_id, coupon_kind, coupon_percent, first_paid_at) VALUES (:oid, 'UNPAID', 'Ivan Ivanov', 'ivan ivanov', 'client' || CAST(:acc AS text) || '@bench.local', 'Maria Petrova', 'maria petrova', '+79161234567', 'RU', 'Moscow', 1, 'Birthday greeting', date_trunc('day', now()) + make_interval(days => 1, hours => :hour), date_trunc('day', now()) + make_interval(days => 1, hours => :hour + 1), 'ANY', NULL, false, now(), :code, 50000, 5000, 'RUB', now(), now(), 1, :acc, 1, NULL, 'PERCENT', 10, NULL);
            INSERT INTO bench_pgbench.order_history (order_id, seq, happened_at, actor_kind, actor_id, kind, from_status, to_status, reason) VALUES (:oid, 1, now(), 'CLIENT', 'client@bench.local', 'STATUS', NULL, 'UNPAID', 'placed');
            INSERT INTO bench_pgbench.order_history (order_id, seq, happened_at, actor_kind, actor_id, kind, from_status, to_status, reason) VALUES (:oid, 2, now(), 'CLIENT', 'client@bench.local', 'PRICE', 'UNPAID', 'UNPAID', 'coupon (PERCENT, 10%): -50.00 RUB');
            END;
            """;
    /** Coupons prepared per second of a run: more than this machine class can claim. */
    static final int COUPONS_PER_SECOND = 12_000;

    private final PrivatePostgres pg;
    private final Path script;

    PgBench(PrivatePostgres pg, Path workDir) throws Exception {
        this.pg = pg;
        this.script = workDir.resolve("place-order.pgbench.sql");
        Files.writeString(script, SCRIPT);
    }

    String version() {
        try {
            Proc.Result r = Proc.run(List.of(pg.tool("pgbench"), "--version"), null, 10);
            return r.exit() == 0 ? r.out().strip() : null;
        } catch (Exception e) {
            return null;
        }
    }

    void createSchema() throws Exception {
        try (Connection c = pg.connect(pg.database); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("CREATE TABLE " + SCHEMA + ".orders (LIKE public.orders INCLUDING ALL)");
            s.execute("CREATE TABLE " + SCHEMA + ".order_history (LIKE public.order_history INCLUDING ALL)");
            s.execute("ALTER TABLE " + SCHEMA + ".order_history ADD FOREIGN KEY (order_id) REFERENCES "
                    + SCHEMA + ".orders (id) ON DELETE CASCADE");
            s.execute("CREATE TABLE " + SCHEMA + ".coupon (LIKE public.coupon INCLUDING ALL)");
            s.execute("CREATE SEQUENCE " + SCHEMA + ".order_id_seq");
            s.execute("CREATE SEQUENCE " + SCHEMA + ".coupon_pick_seq");
        }
    }

    /** Empty tables and enough unused coupons for {@code seconds}, as each level starts the same way. */
    private void reset(double seconds) throws Exception {
        long coupons = (long) Math.ceil(seconds * COUPONS_PER_SECOND) + 1000;
        try (Connection c = pg.connect(pg.database); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + SCHEMA + ".order_history, " + SCHEMA + ".orders, " + SCHEMA + ".coupon");
            s.execute("ALTER SEQUENCE " + SCHEMA + ".coupon_pick_seq RESTART WITH 1");
            s.execute("INSERT INTO " + SCHEMA + ".coupon (id, code, kind, percent, uses, created_at)"
                    + " SELECT g, 'PGB' || lpad(g::text, 9, '0'), 'PERCENT', 10, 0, now() FROM generate_series(1, " + coupons + ") g");
            s.execute("VACUUM ANALYZE " + SCHEMA + ".coupon");
            s.execute("CHECKPOINT");
        }
    }

    /** pgbench -c clients -j min(clients, cores) -T seconds, prepared statements, no vacuum of its own tables. */
    Map<String, Object> run(int clients, double seconds, int cores) throws Exception {
        reset(seconds);
        int threads = Math.max(1, Math.min(clients, cores));
        long secs = Math.max(1, Math.round(seconds));
        List<String> cmd = List.of(pg.tool("pgbench"), "-n", "-M", "prepared", "-c", String.valueOf(clients),
                "-j", String.valueOf(threads), "-T", String.valueOf(secs), "-f", script.toString(),
                "-h", pg.host, "-p", String.valueOf(pg.port), "-U", PrivatePostgres.SUPERUSER, pg.database);
        Proc.Result r = Proc.run(cmd, null, (int) secs + 120);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", clients);
        m.put("threads", threads);
        m.put("seconds", secs);
        m.put("command", String.join(" ", cmd));
        if (r.exit() != 0) {
            m.put("error", "pgbench exited " + r.exit() + ": " + r.tail());
            return m;
        }
        Double tps = number(r.out(), "tps = ([0-9.]+) \\(without initial connection time\\)");
        Double processed = number(r.out(), "number of transactions actually processed: ([0-9]+)");
        Double failed = number(r.out(), "number of failed transactions: ([0-9]+)");
        m.put("tps", tps == null ? null : LatencyRecorder.round(tps, 1));
        m.put("transactions", processed == null ? null : processed.longValue());
        m.put("failedTransactions", failed == null ? 0 : failed.longValue());
        m.put("latencyAvgMs", number(r.out(), "latency average = ([0-9.]+) ms"));
        // Every transaction must have claimed its coupon, or the comparison would be with cheaper work.
        try (Connection c = pg.connect(pg.database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + SCHEMA + ".coupon WHERE used_order_id IS NOT NULL")) {
            rs.next();
            m.put("couponsClaimed", rs.getLong(1));
        }
        if (tps == null) {
            m.put("error", "no tps in pgbench output: " + r.tail());
        }
        return m;
    }

    private static Double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
