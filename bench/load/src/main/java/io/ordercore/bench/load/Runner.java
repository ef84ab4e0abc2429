package io.ordercore.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load runner of issue 7, one pipeline: fresh PostgreSQL, ordercore started from its jar, seeded
 * through its CLI and HTTP API, the scenarios at fixed concurrency (and the notifications also at a
 * fixed arrival rate), pgbench on the equivalent SQL, SQL statements per operation, the data
 * generator, CLI wall time and RSS; then bench/results/latest.{json,md}.
 */
public final class Runner {

    static final String JWT_SECRET = "bench-jwt-secret-0123456789abcdef-0123456789";

    /** What a run produced; {@code failures} are the harness's own (the run is then not trustworthy). */
    public record Outcome(Map<String, Object> results, List<String> failures, Path json, Path markdown) {
        public int exitCode() {
            return failures.isEmpty() ? 0 : 1;
        }
    }

    private final Options o;
    private final Log log;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final int cores = Runtime.getRuntime().availableProcessors();

    Runner(Options options, Log log) {
        this.o = options;
        this.log = log;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int code;
        try {
            code = run(options).exitCode();
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    /** Runs the whole pipeline (used by main and by the smoke test). */
    public static Outcome run(String... args) throws Exception {
        return run(Options.parse(args));
    }

    static Outcome run(Options options) throws Exception {
        return new Runner(options, new Log(System.err)).pipeline();
    }

    private Outcome pipeline() throws Exception {
        Path work = o.repo.resolve("bench/load/target/work");
        deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(o.out);
        results.put("mode", o.smoke ? "smoke" : "full");
        results.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> machine = Report.machine(java);
        results.put("machine", machine);
        results.put("settings", settings());
        log.line("ordercore load run (%s), jar %s", o.smoke ? "smoke" : "full", o.jar);
        if (!Files.isRegularFile(o.jar)) {
            failures.add("no product jar at " + o.jar + " (build it: mvn -B -q -o install -DskipTests)");
            return finish();
        }
        PrivatePostgres pg = null;
        Service service = null;
        try {
            pg = PrivatePostgres.start(o.sharedPostgres, log);
            Map<String, Object> database = new LinkedHashMap<>();
            database.put("kind", pg.kind);
            database.put("url", pg.serviceUrl());
            database.put("serviceUser", pg.serviceUser);
            database.put("version", pg.version());
            database.put("pgStatStatements", pg.statementsUnavailable == null ? "available" : pg.statementsUnavailable);
            database.put("notes", pg.notes);
            results.put("database", database);
            machine.put("postgresql", database.get("version"));
            Map<String, String> env = serviceEnv(pg, work);

            // 1. First start on the empty database (includes every migration), then seeding.
            log.line("starting ordercore on an empty database");
            Service first = Service.start(java, o.jar, env, work.resolve("service-1.log"));
            service = first;
            Map<String, Object> svc = new LinkedHashMap<>();
            svc.put("readyFreshDatabaseMs", first.readyMillis);
            results.put("service", svc);
            log.line("ready in %d ms (fresh database, migrations included)", first.readyMillis);
            Seeder seed = seed(first, env);

            // 2. Restart on the migrated, seeded database: the time-to-ready of an ordinary start.
            if (!o.smoke) {
                first.close();
                service = null;
                log.line("restarting ordercore");
                service = Service.start(java, o.jar, env, work.resolve("service-2.log"));
                svc.put("readyMs", service.readyMillis);
                log.line("ready in %d ms (restart)", service.readyMillis);
            } else {
                svc.put("readyMs", first.readyMillis);
                notes.add("smoke mode: no restart, so readyMs is the first start on an empty database (migrations included)");
            }
            service.resetPeak();
            Api api = new Api(service.baseUrl());
            Seeder liveSeed = seed.on(api);
            Scenarios sc = new Scenarios(api, liveSeed);

            Map<String, Object> scenarios = new LinkedHashMap<>();
            results.put("scenarios", scenarios);
            PgBench pgbench = new PgBench(pg, work);
            placeOrders(sc, pg, pgbench, scenarios);
            notifications(sc, pg, scenarios);
            dataGenerator(pg);
            adminList(sc, pg, scenarios);
            scenarios.put("perRoleSearch", perRoleSearch(api, service));
            cli(env);

            machine.put("loadAverageAtEnd", Report.loadAverage());
            svc.put("pid", service.pid());
            svc.put("peakRssMb", mb(service.hwmKb()));
            svc.put("sampledPeakRssUnderLoadMb", mb(service.peakRssKb()));
            svc.put("rssNote", "peakRssMb is VmHWM of the measured service process read at the end (includes its"
                    + " start-up); sampledPeakRssUnderLoadMb is the highest VmRSS sampled every 200 ms during the scenarios");
            svc.put("javaOptions", "none (java -jar ordercore.jar serve, as ./ordercore serve runs it)");
            svc.put("logs", work.toString());
        } catch (Exception e) {
            failures.add("harness: " + e);
            log.line("FAILED: %s", e);
            e.printStackTrace();
        } finally {
            if (service != null) {
                service.close();
            }
            if (pg != null && o.keepPostgres) {
                String how = pg.keep();
                log.line("database kept: %s", how);
                notes.add("database kept running (--keep-postgres): " + how);
            } else if (pg != null) {
                pg.close();
            }
        }
        return finish();
    }

    private Outcome finish() throws Exception {
        results.put("notes", notes);
        results.put("harnessFailures", failures);
        Report report = new Report(results, o);
        Path json = o.out.resolve("latest.json");
        Path md = o.out.resolve("latest.md");
        report.write(json, md);
        System.out.println(Files.readString(md));
        log.line("wrote %s and %s", json, md);
        return new Outcome(results, List.copyOf(failures), json, md);
    }

    // ------------------------------------------------------------------ set-up

    private Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("durationPerLevelSeconds", o.duration.toMillis() / 1000.0);
        m.put("warmupSeconds", o.warmup.toMillis() / 1000.0);
        m.put("concurrency", o.concurrency);
        m.put("notificationRatePerSec", o.rate);
        m.put("pgbenchSecondsPerLevel", o.pgbenchDuration.toMillis() / 1000.0);
        m.put("generatorOrders", o.orders);
        m.put("clients", o.clients);
        m.put("operators", o.operators);
        m.put("operatorCapacity", 100);
        m.put("statementOrders", o.statementOrders);
        m.put("cliRuns", o.cliRuns);
        m.put("dispatchInterval", "15s (the default)");
        m.put("notificationsInterval", "5s (the default)");
        m.put("loadGenerator", "this JVM, on the same " + cores + " cores as the service and PostgreSQL");
        return m;
    }

    private Map<String, String> serviceEnv(PrivatePostgres pg, Path work) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ORDERCORE_DB_URL", pg.serviceUrl());
        env.put("ORDERCORE_DB_USER", pg.serviceUser);
        env.put("ORDERCORE_DB_PASSWORD", "");
        env.put("ORDERCORE_JWT_SECRET", JWT_SECRET);
        env.put("ORDERCORE_PAYMASTER_MERCHANT_ID", Scenarios.MERCHANT_ID);
        env.put("ORDERCORE_PAYMASTER_SECRET", Scenarios.MERCHANT_SECRET);
        env.put("ORDERCORE_PAYMASTER_ALGORITHM", "sha256");
        env.put("ORDERCORE_DISPATCH_INTERVAL", "15s");
        env.put("ORDERCORE_NOTIFICATIONS_INTERVAL", "5s");
        env.put("ORDERCORE_DATA_DIR", work.resolve("data").toString());
        env.put("ORDERCORE_PUBLIC_URL", "http://localhost:8080");
        return env;
    }

    private Seeder seed(Service service, Map<String, String> env) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        results.put("seeding", m);
        long t0 = System.nanoTime();
        Seeder.createAdmin(java, o.jar, env);
        m.put("adminViaCliMs", (System.nanoTime() - t0) / 1_000_000);
        Seeder seed = new Seeder(new Api(service.baseUrl()), log);
        seed.catalog();
        ExecutorService pool = Seeder.pool(4);
        try {
            long t1 = System.nanoTime();
            seed.clients(o.clients, pool);
            m.put("clients", o.clients);
            m.put("clientsSeconds", secs(t1));
            long t2 = System.nanoTime();
            seed.operators(o.operators, pool);
            m.put("operators", o.operators);
            m.put("operatorsSeconds", secs(t2));
        } finally {
            pool.shutdownNow();
        }
        long t3 = System.nanoTime();
        int coupons = o.smoke ? 1_000 : 5_000;
        seed.coupons(coupons);
        m.put("coupons", coupons);
        m.put("couponsSeconds", secs(t3));
        m.put("totalSeconds", secs(t0));
        m.put("how", "first ADMIN with `ordercore users create --role ADMIN --password-stdin`; point, category, call type"
                + " (500 RUB, any gender, no talents), CLIENT and OPERATOR accounts, operator profiles (capacity 100,"
                + " any hours) and PERCENT 10% coupon groups over the HTTP API as that admin");
        log.line("seeded: %d clients, %d operators, %d coupons in %.1f s", o.clients, o.operators, coupons, secs(t0));
        return seed;
    }

    // ------------------------------------------------------------------ a. place-order + pgbench

    private void placeOrders(Scenarios sc, PrivatePostgres pg, PgBench pgbench, Map<String, Object> scenarios)
            throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operation", "POST /api/v1/orders as a signed-in client (Bearer token) with couponCode in the form:"
                + " one request validates the order, claims a single-use PERCENT 10% coupon and stores the order"
                + " (201, UNPAID, total 450.00 of 500.00 RUB)");
        List<Map<String, Object>> levels = new ArrayList<>();
        m.put("levels", levels);
        scenarios.put("placeOrder", m);
        Map<String, Object> pgb = new LinkedHashMap<>();
        pgb.put("version", pgbench.version());
        pgb.put("what", "pgbench -n -M prepared on copies of orders/order_history/coupon (schema bench_pgbench,"
                + " LIKE ... INCLUDING ALL): nextval; coupon by code; the product's conditional claim UPDATE; INSERT"
                + " order; INSERT 2 history rows (placed + coupon PRICE entry), one transaction");
        pgb.put("script", PgBench.SCRIPT);
        List<Map<String, Object>> pgLevels = new ArrayList<>();
        pgb.put("levels", pgLevels);
        results.put("pgbench", pgb);
        pgbench.createSchema();

        double rate = 50; // a first guess for sizing the inputs; raised to each level's measured rate
        ensureCoupons(sc, (int) (rate * o.warmup.toMillis() / 1000.0 * 2) + 100);
        log.line("place-order warm-up %s", o.warmup);
        Scenarios.closed(Math.min(4, max(o.concurrency)), o.warmup, w -> sc.placeOrder(true));

        // 6. SQL per place-order, one at a time, before the levels leave e-mails and dispatch work behind.
        ensureCoupons(sc, o.statementOrders * 2 + 10);
        log.line("SQL statements per place-order (%d sequential)", o.statementOrders);
        m.put("sql", new SqlCounter(pg, o.smoke ? 0 : 11_000).measure(o.statementOrders, () -> sc.placeOrder(true).success()));
        SqlCounter.resetStatements(pg);
        for (int users : o.concurrency) {
            ensureCoupons(sc, (int) Math.ceil(rate * o.duration.toMillis() / 1000.0 * 2) + 200);
            checkpoint(pg);
            Scenarios.Level level;
            Map<String, Object> waits;
            WaitSampler w = WaitSampler.start(pg);
            try {
                level = Scenarios.closed(users, o.duration, x -> sc.placeOrder(true));
            } finally {
                waits = w.stop();
            }
            Map<String, Object> s = level.summary();
            s.put("databaseWaits", waits);
            levels.add(s);
            expectSuccess("placeOrder", users, level.recorder());
            rate = Math.max(rate, level.recorder().ok() / Math.max(0.001, level.seconds()));
            log.line("place-order c=%d: %s ops/s, p99 %s ms, errors %d", users, s.get("throughputPerSec"),
                    s.get("p99Ms"), level.recorder().errors());

            Map<String, Object> p = pgbench.run(users, o.pgbenchDuration.toMillis() / 1000.0, cores);
            pgLevels.add(p);
            if (p.get("error") != null || p.get("tps") == null || ((Double) p.get("tps")) <= 0) {
                failures.add("pgbench at " + users + " clients: " + p.getOrDefault("error", "tps 0"));
            } else if (!p.get("couponsClaimed").equals(p.get("transactions"))) {
                notes.add("pgbench at " + users + " clients: " + p.get("couponsClaimed") + " coupons claimed for "
                        + p.get("transactions") + " transactions");
            }
            log.line("pgbench c=%d: %s tps", users, p.get("tps"));
        }
        m.put("databaseTimeTop", SqlCounter.topByTime(pg, 12));
        List<Map<String, Object>> ratios = new ArrayList<>();
        for (int i = 0; i < o.concurrency.size(); i++) {
            Object ops = levels.get(i).get("throughputPerSec");
            Object tps = pgLevels.get(i).get("tps");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("concurrency", o.concurrency.get(i));
            r.put("ordercorePlaceOrderPerSec", ops);
            r.put("pgbenchTps", tps);
            r.put("ratio", ops instanceof Double a && tps instanceof Double b && b > 0 ? LatencyRecorder.round(a / b, 3) : null);
            ratios.add(r);
        }
        pgb.put("ratios", ratios);

    }

    private void ensureCoupons(Scenarios sc, int needed) {
        int have = sc.seed.coupons.size();
        if (have < needed) {
            sc.seed.coupons(needed - have);
        }
    }

    // ------------------------------------------------------------------ b. payment notification -> dispatched

    private void notifications(Scenarios sc, PrivatePostgres pg, Map<String, Object> scenarios) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operation", "POST /api/v1/payments/paymaster/notification, a form signed with LMI_HASH (sha256) for one"
                + " UNPAID order's exact total; 200 with an empty body = recorded. The service records the payment,"
                + " moves the order to PAID and dispatches it right after commit (OPERATOR_PROPOSED)");
        m.put("dispatchLagMethod", "from the notification's send (scheduled) time to the order's OPERATOR_PROPOSED"
                + " history entry, read from order_history after each level for every notified order (same clock)");
        List<Map<String, Object>> levels = new ArrayList<>();
        m.put("levels", levels);
        scenarios.put("paymentNotification", m);
        try (Connection db = pg.connect(pg.database)) {
            double rate = 50; // a first guess for sizing the inputs; raised to each level's measured rate
            ensureUnpaid(sc, (int) (rate * o.warmup.toMillis() / 1000.0 * 1.2) + 10);
            Map<Long, Long> warm = new ConcurrentHashMap<>();
            log.line("notification warm-up %s", o.warmup);
            Scenarios.closed(Math.min(4, max(o.concurrency)), o.warmup, w -> sc.notifyPaid(warm));

            ensureUnpaid(sc, o.statementOrders * 2 + 10);
            ensureOperators(sc, pg, o.statementOrders * 2 + 10);
            log.line("SQL statements per notification (%d sequential)", o.statementOrders);
            m.put("sql", new SqlCounter(pg, o.smoke ? 0 : 11_000).measure(o.statementOrders, () -> {
                Scenarios.Notification n = sc.nextNotification();
                return n != null && sc.api.send(n.request()).status() == 200;
            }));
            SqlCounter.resetStatements(pg);
            for (int users : o.concurrency) {
                int needed = (int) Math.ceil(rate * o.duration.toMillis() / 1000.0 * 1.5) + 20;
                ensureUnpaid(sc, needed);
                ensureOperators(sc, pg, needed);
                Map<Long, Long> sent = new ConcurrentHashMap<>();
                Scenarios.Level level;
                Map<String, Object> waits;
                WaitSampler w = WaitSampler.start(pg);
                try {
                    level = Scenarios.closed(users, o.duration, x -> sc.notifyPaid(sent));
                } finally {
                    waits = w.stop();
                }
                Map<String, Object> s = level.summary();
                s.put("databaseWaits", waits);
                Thread.sleep(200); // let the last dispatches commit
                s.put("toDispatched", Scenarios.dispatchLag(db, sent));
                levels.add(s);
                expectSuccess("paymentNotification", users, level.recorder());
                rate = Math.max(rate, level.recorder().ok() / Math.max(0.001, level.seconds()));
                log.line("notification c=%d: %s ops/s, p99 %s ms, to dispatched p99 %s ms", users,
                        s.get("throughputPerSec"), s.get("p99Ms"), ((Map<?, ?>) s.get("toDispatched")).get("p99Ms"));
            }

            // The target's shape: a fixed arrival rate, whatever the latency.
            // Enough for the whole schedule if the service keeps up; otherwise for what it can take plus the
            // backlog cap (sending stops once BACKLOG_SECONDS of requests are waiting).
            double seconds = o.duration.toMillis() / 1000.0;
            long plausible = (long) Math.ceil(rate * seconds * 1.5 + o.rate * Scenarios.BACKLOG_SECONDS);
            int openNeeded = (int) Math.min(Math.ceil(o.rate * seconds), plausible) + 20;
            ensureUnpaid(sc, openNeeded);
            ensureOperators(sc, pg, openNeeded);
            checkpoint(pg);
            ExecutorService pollers = Seeder.pool(4);
            LatencyRecorder visible = new LatencyRecorder();
            Map<Long, Long> succeeded = new ConcurrentHashMap<>();
            AtomicLong seen = new AtomicLong();
            log.line("notification open loop at %d/s for %s", o.rate, o.duration);
            Scenarios.OpenLevel open;
            Map<String, Object> openWaits;
            WaitSampler w = WaitSampler.start(pg);
            try {
                open = sc.open(o.rate, o.duration, i -> sc.nextNotification(), (id, due) -> {
                    succeeded.put(id, due);
                    if (seen.incrementAndGet() % 10 == 0) {
                        sc.pollVisible(pollers, id, due, visible);
                    }
                });
            } finally {
                openWaits = w.stop();
            }
            pollers.shutdown();
            pollers.awaitTermination(60, TimeUnit.SECONDS);
            Thread.sleep(200);
            Map<Long, Long> sentMicros = new LinkedHashMap<>();
            open.scheduledMicros().forEach((id, at) -> {
                if (succeeded.containsKey(id)) {
                    sentMicros.put(id, at);
                }
            });
            Map<String, Object> ol = new LinkedHashMap<>();
            ol.put("targetRatePerSec", o.rate);
            ol.put("scheduled", open.scheduled());
            ol.put("driverLateOver1ms", open.sentLate());
            if (open.stoppedForBacklog()) {
                ol.put("stoppedEarly", "sending stopped after " + open.scheduled() + " requests: more than "
                        + Scenarios.BACKLOG_SECONDS + " s of requests (" + o.rate * Scenarios.BACKLOG_SECONDS
                        + ") were waiting for an answer, so the service cannot sustain " + o.rate + "/s");
                notes.add("open loop: " + ol.get("stoppedEarly"));
            } else if (open.scheduled() < Math.round(o.rate * seconds)) {
                ol.put("stoppedEarly", "ran out of unpaid orders after " + open.scheduled() + " requests");
            }
            ol.putAll(open.recorder().summary(open.seconds()));
            ol.put("latencyFrom", "each request's scheduled time (open loop: queueing behind a slow answer counts)");
            ol.put("databaseWaits", openWaits);
            ol.put("toDispatched", Scenarios.dispatchLag(db, sentMicros));
            Map<String, Object> vis = new LinkedHashMap<>();
            vis.put("method", "1 in 10 notified orders polled with GET /api/v1/admin/orders/{id} once answered, every"
                    + " ~1 ms (then 20 ms) until OPERATOR_PROPOSED, counted from the scheduled send");
            vis.putAll(visible.summary(open.seconds()));
            vis.remove("throughputPerSec");
            vis.remove("seconds");
            ol.put("visibleViaApi", vis);
            m.put("openLoop", ol);
            m.put("operatorsAtEnd", sc.seed.operators);
            m.put("databaseTimeTop", SqlCounter.topByTime(pg, 12));
            if (open.recorder().ok() == 0) {
                failures.add("paymentNotification open loop: no successful operation");
            }
            log.line("notification open loop: %s ok of %d, p99 %s ms, to dispatched p99 %s ms", open.recorder().ok(),
                    open.scheduled(), ol.get("p99Ms"), ((Map<?, ?>) ol.get("toDispatched")).get("p99Ms"));

        }
    }

    /**
     * Free operator capacity for {@code needed} more proposals, so "dispatched" never waits for lack of
     * operators: proposals hold one unit each until answered, and nobody answers during a run.
     */
    private void ensureOperators(Scenarios sc, PrivatePostgres pg, int needed) throws Exception {
        long active = count(pg, "SELECT count(*) FROM orders WHERE status IN ('OPERATOR_PROPOSED', 'IN_PROGRESS')"
                + " AND operator_id IN (SELECT account_id FROM operator WHERE account_id IN (SELECT id FROM account"
                + " WHERE email LIKE 'op%@bench.local'))");
        long free = (long) sc.seed.operators * 100 - active;
        if (free >= needed) {
            return;
        }
        int more = (int) Math.ceil((needed - free) / 100.0) + 2;
        long t0 = System.nanoTime();
        ExecutorService pool = Seeder.pool(4);
        try {
            sc.seed.operators(more, pool);
        } finally {
            pool.shutdownNow();
        }
        log.line("added %d operators (%d busy proposals), now %d, in %.1f s", more, active, sc.seed.operators, secs(t0));
    }

    /** Unpaid orders for the notifications, placed without coupons when the place-order runs left too few. */
    private void ensureUnpaid(Scenarios sc, int needed) throws Exception {
        int missing = needed - sc.unpaid.size();
        if (missing <= 0) {
            return;
        }
        log.line("placing %d more unpaid orders for the notifications", missing);
        AtomicInteger left = new AtomicInteger(missing);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Seeder.pool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    while (left.decrementAndGet() >= 0 && errors.get() < 20) {
                        if (!sc.placeOrder(false).success()) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (errors.get() >= 20) {
            throw new IllegalStateException("placing orders for the notification scenario keeps failing");
        }
    }

    // ------------------------------------------------------------------ 8. data at scale

    private void dataGenerator(PrivatePostgres pg) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        results.put("dataGenerator", m);
        Path script = o.repo.resolve("bench/data/generate.sql");
        m.put("script", "bench/data/generate.sql");
        m.put("ordersRequested", o.orders);
        if (!Files.isRegularFile(script)) {
            m.put("status", "skipped");
            m.put("seconds", null);
            m.put("note", "bench/data/generate.sql does not exist yet: the admin list ran on the orders the"
                    + " scenarios placed only");
            notes.add("data generator skipped: bench/data/generate.sql does not exist yet");
            log.line("data generator: bench/data/generate.sql not there, skipped");
            return;
        }
        List<String> cmd = List.of(pg.tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", "orders=" + o.orders,
                "-h", pg.host, "-p", String.valueOf(pg.port), "-U", PrivatePostgres.SUPERUSER, "-d", pg.database,
                "-f", script.toString());
        log.line("data generator: %s orders", o.orders);
        long before = count(pg, "SELECT count(*) FROM orders");
        Proc.Result r = Proc.run(cmd, Map.of(), o.repo, null, 4 * 3600);
        m.put("command", "psql -v ON_ERROR_STOP=1 -v orders=" + o.orders + " -f bench/data/generate.sql (as postgres,"
                + " on the service's database, service running)");
        m.put("exit", r.exit());
        m.put("seconds", LatencyRecorder.round(r.nanos() / 1e9, 1));
        if (r.exit() != 0) {
            m.put("status", "failed");
            m.put("output", r.tail());
            notes.add("data generator failed (exit " + r.exit() + "); the admin list ran on whatever rows exist");
            log.line("data generator failed: %s", r.tail());
        } else {
            m.put("status", "ran");
        }
        long t0 = System.nanoTime();
        try (Connection c = pg.connect(pg.database); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        m.put("analyzeSeconds", secs(t0));
        long after = count(pg, "SELECT count(*) FROM orders");
        m.put("ordersBefore", before);
        m.put("ordersAfter", after);
        log.line("data generator: %s in %s s, orders %d -> %d", m.get("status"), m.get("seconds"), before, after);
    }

    // ------------------------------------------------------------------ c. admin order list

    private void adminList(Scenarios sc, PrivatePostgres pg, Map<String, Object> scenarios) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        scenarios.put("adminOrderList", m);
        List<Scenarios.Filter> filters = filters(pg);
        long rows = count(pg, "SELECT count(*) FROM orders");
        m.put("ordersInDatabase", rows);
        m.put("operation", "GET /api/v1/admin/orders as ADMIN with one of " + filters.size() + " filter sets"
                + " (first page, default sort and limit 20), cycled");
        Map<String, String> examples = new LinkedHashMap<>();
        filters.forEach(f -> examples.putIfAbsent(f.name(), f.query()));
        m.put("filterExamples", examples);
        List<Map<String, Object>> levels = new ArrayList<>();
        m.put("levels", levels);
        AtomicInteger next = new AtomicInteger();
        Map<String, LatencyRecorder> warmBy = recorders(filters);
        Scenarios.closed(Math.min(4, max(o.concurrency)), o.warmup, w -> sc.listOrders(filters, next, warmBy));
        SqlCounter.resetStatements(pg);
        for (int users : o.concurrency) {
            Map<String, LatencyRecorder> by = recorders(filters);
            Scenarios.Level level;
            Map<String, Object> waits;
            WaitSampler w = WaitSampler.start(pg);
            try {
                level = Scenarios.closed(users, o.duration, x -> sc.listOrders(filters, next, by));
            } finally {
                waits = w.stop();
            }
            Map<String, Object> s = level.summary();
            s.put("databaseWaits", waits);
            Map<String, Object> per = new LinkedHashMap<>();
            by.forEach((name, rec) -> {
                Map<String, Object> f = new LinkedHashMap<>();
                long[] sorted = rec.sorted();
                f.put("ops", sorted.length);
                f.put("errors", rec.errors());
                f.putAll(LatencyRecorder.percentiles(sorted));
                per.put(name, f);
            });
            s.put("byFilter", per);
            levels.add(s);
            expectSuccess("adminOrderList", users, level.recorder());
            log.line("admin list c=%d: %s ops/s, p95 %s ms, p99 %s ms", users, s.get("throughputPerSec"), s.get("p95Ms"),
                    s.get("p99Ms"));
        }
        m.put("databaseTimeTop", SqlCounter.topByTime(pg, 12));
    }

    private static Map<String, LatencyRecorder> recorders(List<Scenarios.Filter> filters) {
        Map<String, LatencyRecorder> by = new LinkedHashMap<>();
        filters.forEach(f -> by.putIfAbsent(f.name(), new LatencyRecorder()));
        return by;
    }

    /** Filter sets with values taken from the data itself (dates, e-mails, names that exist). */
    private List<Scenarios.Filter> filters(PrivatePostgres pg) throws Exception {
        List<String> emails = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<Long> callTypes = new ArrayList<>();
        List<String> recipientPrefixes = new ArrayList<>();
        List<String> clientPrefixes = new ArrayList<>();
        Instant minCreated;
        Instant maxCreated;
        Instant minWindow;
        Instant maxWindow;
        try (Connection c = pg.connect(pg.database); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT min(created_at), max(created_at), min(window_start), max(window_start) FROM orders")) {
                rs.next();
                minCreated = rs.getTimestamp(1).toInstant();
                maxCreated = rs.getTimestamp(2).toInstant();
                minWindow = rs.getTimestamp(3).toInstant();
                maxWindow = rs.getTimestamp(4).toInstant();
            }
            collect(s, "SELECT DISTINCT client_email FROM (SELECT client_email FROM orders TABLESAMPLE SYSTEM (1)"
                    + " UNION ALL (SELECT client_email FROM orders ORDER BY id DESC LIMIT 200)) x LIMIT 40", emails);
            collect(s, "SELECT status FROM orders GROUP BY status ORDER BY count(*) DESC", statuses);
            List<String> ct = new ArrayList<>();
            collect(s, "SELECT DISTINCT call_type_id::text FROM (SELECT call_type_id FROM orders TABLESAMPLE SYSTEM (1)"
                    + " UNION ALL (SELECT call_type_id FROM orders ORDER BY id DESC LIMIT 200)) x LIMIT 20", ct);
            ct.forEach(v -> callTypes.add(Long.valueOf(v)));
            collect(s, "SELECT DISTINCT left(recipient_name, 3) FROM (SELECT recipient_name FROM orders TABLESAMPLE SYSTEM (1)"
                    + " UNION ALL (SELECT recipient_name FROM orders ORDER BY id DESC LIMIT 200)) x LIMIT 20", recipientPrefixes);
            collect(s, "SELECT DISTINCT left(client_name, 3) FROM (SELECT client_name FROM orders TABLESAMPLE SYSTEM (1)"
                    + " UNION ALL (SELECT client_name FROM orders ORDER BY id DESC LIMIT 200)) x LIMIT 20", clientPrefixes);
        }
        Random rnd = new Random(20261124);
        List<Scenarios.Filter> list = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String status = statuses.get(rnd.nextInt(statuses.size()));
            LocalDate from = day(minCreated, maxCreated.minus(7, ChronoUnit.DAYS), rnd);
            list.add(new Scenarios.Filter("status + created 7 days", q("status", status, "createdFrom", from.toString(),
                    "createdTo", from.plusDays(7).toString())));
            list.add(new Scenarios.Filter("clientEmail", q("clientEmail", emails.get(rnd.nextInt(emails.size())))));
            String second = statuses.get(rnd.nextInt(statuses.size()));
            list.add(new Scenarios.Filter("status x2", q("status", status, "status", second)));
            LocalDate month = day(minCreated, maxCreated.minus(30, ChronoUnit.DAYS), rnd);
            list.add(new Scenarios.Filter("callTypeId + created 30 days", q("callTypeId",
                    String.valueOf(callTypes.get(rnd.nextInt(callTypes.size()))), "createdFrom", month.toString(),
                    "createdTo", month.plusDays(30).toString())));
            list.add(new Scenarios.Filter("no filter", ""));
            list.add(new Scenarios.Filter("recipientName prefix", q("recipientName",
                    recipientPrefixes.get(rnd.nextInt(recipientPrefixes.size())))));
            LocalDate scheduled = day(minWindow, maxWindow, rnd);
            list.add(new Scenarios.Filter("scheduled 1 day + status", q("scheduledFrom", scheduled.toString(),
                    "scheduledTo", scheduled.plusDays(1).toString(), "status", status)));
            list.add(new Scenarios.Filter("clientName prefix + status", q("clientName",
                    clientPrefixes.get(rnd.nextInt(clientPrefixes.size())), "status", status)));
        }
        return list;
    }

    private static void collect(Statement s, String sql, List<String> into) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    into.add(rs.getString(1));
                }
            }
        }
        if (into.isEmpty()) {
            throw new IllegalStateException("no orders to build list filters from: " + sql);
        }
    }

    private static LocalDate day(Instant from, Instant to, Random rnd) {
        LocalDate a = from.atZone(Scenarios.MOSCOW).toLocalDate();
        LocalDate b = to.atZone(Scenarios.MOSCOW).toLocalDate();
        long span = Math.max(0, ChronoUnit.DAYS.between(a, b));
        return a.plusDays(span == 0 ? 0 : (long) (rnd.nextDouble() * (span + 1)));
    }

    private static String q(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(b.length() == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ d. per-role search

    /** Searches the published OpenAPI document for a search route rather than assuming one. */
    private Map<String, Object> perRoleSearch(Api api, Service service) {
        Map<String, Object> m = new LinkedHashMap<>();
        Api.Response r = api.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/swagger/ordercore-v1.yml"))
                .GET().build());
        List<String> routes = new ArrayList<>();
        if (r.ok()) {
            for (String line : r.body().split("\n")) {
                if (line.startsWith("  /") && line.toLowerCase().contains("search")) {
                    routes.add(line.strip().replace(":", ""));
                }
            }
        }
        if (!r.ok()) {
            m.put("status", "unknown");
            m.put("note", "could not read /swagger/ordercore-v1.yml: " + r.status());
        } else if (routes.isEmpty()) {
            m.put("status", "not built");
            m.put("note", "no route containing 'search' in /swagger/ordercore-v1.yml; nothing was measured");
        } else {
            m.put("status", "exists, not driven");
            m.put("routes", routes);
            m.put("note", "the runner has no driver for these routes yet; add one in Scenarios");
            notes.add("per-role search routes exist but are not driven: " + routes);
        }
        return m;
    }

    // ------------------------------------------------------------------ 7. CLI wall time

    private void cli(Map<String, String> env) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        results.put("cli", m);
        Map<String, String> cliEnv = new LinkedHashMap<>(env);
        cliEnv.put("ORDERCORE_CLI_AS", Seeder.ADMIN_EMAIL);
        List<String> base = List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", o.jar.toString());
        List<String> help = new ArrayList<>(base);
        help.add("--help");
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of("orders", "list", "--limit", "20"));
        m.put("help", timed(help, cliEnv));
        m.put("command", timed(command, cliEnv));
        log.line("CLI: --help %s ms, orders list %s ms (median of %d)", ((Map<?, ?>) m.get("help")).get("medianMs"),
                ((Map<?, ?>) m.get("command")).get("medianMs"), o.cliRuns);
    }

    private Map<String, Object> timed(List<String> cmd, Map<String, String> env) throws Exception {
        long[] ms = new long[o.cliRuns];
        int exit = 0;
        String tail = "";
        for (int i = 0; i < o.cliRuns; i++) {
            Proc.Result r = Proc.run(cmd, env, o.repo, null, 120);
            ms[i] = r.nanos() / 1_000_000;
            if (r.exit() != 0) {
                exit = r.exit();
                tail = r.tail();
            }
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", String.join(" ", cmd.subList(1, cmd.size())).replace(o.jar.toString(), "ordercore.jar"));
        m.put("runsMs", ms);
        m.put("medianMs", sorted[sorted.length / 2]);
        if (exit != 0) {
            m.put("exit", exit);
            m.put("error", tail);
            failures.add("CLI " + m.get("command") + " exited " + exit);
        }
        return m;
    }

    // ------------------------------------------------------------------ helpers

    private void expectSuccess(String scenario, int users, LatencyRecorder rec) {
        if (rec.ok() == 0) {
            failures.add(scenario + " at concurrency " + users + ": no successful operation (" + rec.errors()
                    + " errors; first: " + rec.firstErrors() + ")");
        }
    }

    /** A checkpoint before each measured level, so one level's dirty pages are not flushed during the next. */
    private static void checkpoint(PrivatePostgres pg) throws Exception {
        try (Connection c = pg.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    private static long count(PrivatePostgres pg, String sql) throws Exception {
        try (Connection c = pg.connect(pg.database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int max(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static double secs(long t0) {
        return LatencyRecorder.round((System.nanoTime() - t0) / 1e9, 2);
    }

    private static Double mb(long kb) {
        return kb <= 0 ? null : LatencyRecorder.round(kb / 1024.0, 1);
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
