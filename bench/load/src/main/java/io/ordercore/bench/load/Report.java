package io.ordercore.bench.load;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's figures, each issue-7 target with its verdict, and the two files: latest.json (everything)
 * and latest.md (the short table). A figure that could not be measured is null with the reason in notes.
 */
final class Report {

    /** Every figure the JSON carries under "figures" (the smoke test checks them all). */
    static final List<String> FIGURE_KEYS = List.of(
            "placeOrderPerSec", "pgbenchTps", "placeOrderToPgbenchRatio", "placeOrderP99Ms",
            "notificationP99Ms", "notificationToDispatchedP99Ms", "notificationAchievedPerSec",
            "adminListP95Ms", "adminListWorstFilterP95Ms", "adminListOrders", "perRoleSearch",
            "statementsPerPlaceOrder", "transactionsPerPlaceOrder", "statementsPerNotification",
            "readyMs", "readyFreshDatabaseMs", "cliHelpMs", "cliCommandMs", "peakRssMb",
            "dataGeneratorSeconds", "dispatchPick10kP99Ms");

    private final Map<String, Object> results;
    private final Options o;

    Report(Map<String, Object> results, Options o) {
        this.results = results;
        this.o = o;
    }

    void write(Path json, Path md) throws Exception {
        Map<String, Object> figures = figures();
        results.put("figures", figures);
        results.put("targets", targets(figures));
        Files.createDirectories(json.getParent());
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
        Files.writeString(md, markdown());
    }

    // ------------------------------------------------------------------ figures

    private Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        Map<String, Object> ratio = headlineRatio();
        f.put("ratioConcurrency", ratio == null ? null : ratio.get("concurrency"));
        f.put("placeOrderPerSec", ratio == null ? null : ratio.get("ordercorePlaceOrderPerSec"));
        f.put("pgbenchTps", ratio == null ? null : ratio.get("pgbenchTps"));
        f.put("placeOrderToPgbenchRatio", ratio == null ? null : ratio.get("ratio"));
        Map<String, Object> placeLevel = ratio == null ? null : level("placeOrder", (Integer) ratio.get("concurrency"));
        f.put("placeOrderP99Ms", placeLevel == null ? null : placeLevel.get("p99Ms"));
        Map<String, Object> open = map(path("scenarios", "paymentNotification", "openLoop"));
        f.put("notificationP99Ms", open == null ? null : open.get("p99Ms"));
        f.put("notificationToDispatchedP99Ms", open == null ? null : map(open.get("toDispatched")).get("p99Ms"));
        f.put("notificationAchievedPerSec", open == null ? null : open.get("throughputPerSec"));
        Map<String, Object> list = level("adminOrderList", o.concurrency.get(0));
        f.put("adminListConcurrency", o.concurrency.get(0));
        f.put("adminListP95Ms", list == null ? null : list.get("p95Ms"));
        String worst = null;
        Double worstP95 = null;
        if (list != null && list.get("byFilter") instanceof Map<?, ?> by) {
            for (Map.Entry<?, ?> e : by.entrySet()) {
                Object p95 = map(e.getValue()).get("p95Ms");
                if (p95 instanceof Double d && (worstP95 == null || d > worstP95)) {
                    worstP95 = d;
                    worst = String.valueOf(e.getKey());
                }
            }
        }
        f.put("adminListWorstFilterP95Ms", worstP95);
        f.put("adminListWorstFilter", worst);
        f.put("adminListOrders", path("scenarios", "adminOrderList", "ordersInDatabase"));
        f.put("perRoleSearch", path("scenarios", "perRoleSearch", "status"));
        f.put("statementsPerPlaceOrder", path("scenarios", "placeOrder", "sql", "statementsPerOp"));
        f.put("transactionsPerPlaceOrder", path("scenarios", "placeOrder", "sql", "transactionsPerOp"));
        f.put("statementsPerNotification", path("scenarios", "paymentNotification", "sql", "statementsPerOp"));
        f.put("readyMs", path("service", "readyMs"));
        f.put("readyFreshDatabaseMs", path("service", "readyFreshDatabaseMs"));
        f.put("cliHelpMs", path("cli", "help", "medianMs"));
        f.put("cliCommandMs", path("cli", "command", "medianMs"));
        f.put("peakRssMb", path("service", "peakRssMb"));
        f.put("dataGeneratorSeconds", path("dataGenerator", "seconds"));
        f.put("dispatchPick10kP99Ms", null); // a JMH figure: bench/jmh, not this runner
        return f;
    }

    /** The ratio at the level closest to 8 clients, where issue 7 quotes pgbench (about 4,300 tps). */
    private Map<String, Object> headlineRatio() {
        Object ratios = path("pgbench", "ratios");
        if (!(ratios instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        Map<String, Object> best = null;
        for (Object r : list) {
            Map<String, Object> m = map(r);
            if (best == null || Math.abs((Integer) m.get("concurrency") - 8) < Math.abs((Integer) best.get("concurrency") - 8)) {
                best = m;
            }
        }
        return best;
    }

    private Map<String, Object> level(String scenario, int concurrency) {
        Object levels = path("scenarios", scenario, "levels");
        if (levels instanceof List<?> list) {
            for (Object l : list) {
                if (Integer.valueOf(concurrency).equals(map(l).get("concurrency"))) {
                    return map(l);
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ targets

    private List<Map<String, Object>> targets(Map<String, Object> f) {
        List<Map<String, Object>> t = new ArrayList<>();
        t.add(target("Place-order throughput / pgbench (c=" + f.get("ratioConcurrency") + ")",
                f.get("placeOrderToPgbenchRatio"), ">= 0.5", atLeast(f.get("placeOrderToPgbenchRatio"), 0.5), ""));
        Object achieved = f.get("notificationAchievedPerSec");
        String rateNote = achieved instanceof Double a && a < o.rate * 0.95
                ? "only " + a + "/s achieved of " + o.rate + "/s" : "";
        t.add(target("Paid notification -> dispatched p99 at " + o.rate + "/s (ms)", f.get("notificationToDispatchedP99Ms"),
                "<= 20", atMost(f.get("notificationToDispatchedP99Ms"), 20), rateNote));
        t.add(target("Dispatch pick over 10,000 operators p99 (ms)", null, "<= 0.2", "n/a",
                "a JMH figure: bench/jmh (DispatchPickBenchmark), not measured by this runner"));
        t.add(target("Service ready (ms)", f.get("readyMs"), "<= 1000", atMost(f.get("readyMs"), 1000),
                o.smoke ? "smoke: first start, migrations included" : "restart on the migrated database"));
        t.add(target("CLI --help wall (ms)", f.get("cliHelpMs"), "<= 800", atMost(f.get("cliHelpMs"), 800), ""));
        t.add(target("CLI command wall: orders list (ms)", f.get("cliCommandMs"), "<= 800", atMost(f.get("cliCommandMs"), 800), ""));
        t.add(target("Peak RSS under load (MB)", f.get("peakRssMb"), "<= 200", atMost(f.get("peakRssMb"), 200), "VmHWM"));
        Object rows = f.get("adminListOrders");
        String listVerdict = atMost(f.get("adminListP95Ms"), 20);
        String listNote = "";
        if (rows instanceof Number n && n.longValue() < 1_000_000 && !"n/a".equals(listVerdict)) {
            listNote = "at " + String.format(Locale.ROOT, "%,d", n.longValue()) + " orders, not 1M";
        }
        t.add(target("Admin list with filters p95 at 1M orders, mix of 8 filter sets (ms, c=" + f.get("adminListConcurrency") + ")",
                f.get("adminListP95Ms"), "<= 20", listVerdict, listNote));
        t.add(target("Admin list, slowest filter set p95 (ms, c=" + f.get("adminListConcurrency") + ")",
                f.get("adminListWorstFilterP95Ms"), "<= 20", atMost(f.get("adminListWorstFilterP95Ms"), 20),
                (f.get("adminListWorstFilter") == null ? "" : "'" + f.get("adminListWorstFilter") + "'")
                        + (listNote.isEmpty() ? "" : ", " + listNote)));
        Object stmts = f.get("statementsPerPlaceOrder");
        t.add(target("SQL statements per place-order", stmts, "<= 10", atMost(stmts, 10),
                stmts == null ? String.valueOf(path("scenarios", "placeOrder", "sql", "reason")) : ""));
        return t;
    }

    private static Map<String, Object> target(String figure, Object value, String target, String verdict, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", figure);
        m.put("value", value);
        m.put("target", target);
        m.put("verdict", verdict);
        m.put("note", note);
        return m;
    }

    private static String atMost(Object value, double limit) {
        return value instanceof Number n ? (n.doubleValue() <= limit ? "pass" : "MISS") : "n/a";
    }

    private static String atLeast(Object value, double limit) {
        return value instanceof Number n ? (n.doubleValue() >= limit ? "pass" : "MISS") : "n/a";
    }

    // ------------------------------------------------------------------ markdown

    private String markdown() {
        StringBuilder b = new StringBuilder();
        Map<String, Object> m = map(results.get("machine"));
        Map<String, Object> db = map(results.get("database"));
        b.append("# ordercore load run (").append(results.get("mode")).append("), ").append(results.get("date")).append("\n\n");
        b.append("Machine: ").append(m.get("nproc")).append(" cores (").append(m.get("cpuModel")).append("), ")
                .append(m.get("ramGb")).append(" GB RAM, load average ").append(m.get("loadAverageAtStart"))
                .append(" at start, ").append(m.get("loadAverageAtEnd")).append(" at end")
                .append("; ").append(m.get("jdk")).append("; ")
                .append(db == null ? "no database" : shortVersion(db.get("version")) + ", " + db.get("kind")).append(".\n");
        b.append("Load generator, service and PostgreSQL share the machine. ")
                .append(o.duration.toMillis() / 1000.0).append(" s per level after a ")
                .append(o.warmup.toMillis() / 1000.0).append(" s warm-up; command: `bench/run")
                .append(o.smoke ? " --smoke" : "").append("`.\n\n");
        b.append("| Figure | Value | Target | Verdict |\n|---|---:|---|---|\n");
        for (Object x : (List<?>) results.get("targets")) {
            Map<String, Object> t = map(x);
            String note = String.valueOf(t.get("note"));
            b.append("| ").append(t.get("figure")).append(" | ").append(fmt(t.get("value"))).append(" | ")
                    .append(t.get("target")).append(" | ").append(t.get("verdict"))
                    .append(note.isEmpty() ? "" : " (" + note + ")").append(" |\n");
        }
        Map<String, Object> f = map(results.get("figures"));
        b.append("| Place-order ops/s vs pgbench tps (c=").append(f.get("ratioConcurrency")).append(") | ")
                .append(fmt(f.get("placeOrderPerSec"))).append(" / ").append(fmt(f.get("pgbenchTps"))).append(" | | |\n");
        b.append("| Transactions per place-order | ").append(fmt(f.get("transactionsPerPlaceOrder"))).append(" | | |\n");
        b.append("| SQL statements per paid notification | ").append(fmt(f.get("statementsPerNotification"))).append(" | | |\n");
        b.append("| Service ready on an empty database (ms, migrations included) | ").append(fmt(f.get("readyFreshDatabaseMs"))).append(" | | |\n");
        b.append("| Data generator (").append(fmt(path("dataGenerator", "ordersRequested"))).append(" orders, s) | ")
                .append(f.get("dataGeneratorSeconds") == null ? String.valueOf(path("dataGenerator", "status")) : fmt(f.get("dataGeneratorSeconds")))
                .append(" | | |\n");
        b.append("| Per-role search | ").append(f.get("perRoleSearch")).append(" | | |\n\n");

        b.append("| Scenario | c | ops | errors | ops/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String s : List.of("placeOrder", "paymentNotification", "adminOrderList")) {
            Object levels = path("scenarios", s, "levels");
            if (levels instanceof List<?> list) {
                for (Object l : list) {
                    row(b, s, map(l));
                }
            }
            if (s.equals("paymentNotification") && path("scenarios", s, "openLoop") instanceof Map<?, ?> open) {
                Map<String, Object> ol = map(open);
                row(b, s + " open loop " + o.rate + "/s", ol);
                Map<String, Object> d = map(ol.get("toDispatched"));
                b.append("| ... notification -> dispatched (").append(d.get("dispatched")).append(" of ")
                        .append(d.get("notified")).append(") | | | | | ").append(fmt(d.get("p50Ms"))).append(" | ")
                        .append(fmt(d.get("p95Ms"))).append(" | ").append(fmt(d.get("p99Ms"))).append(" | ")
                        .append(fmt(d.get("maxMs"))).append(" |\n");
            }
        }
        Object pgLevels = path("pgbench", "levels");
        if (pgLevels instanceof List<?> list) {
            for (Object l : list) {
                Map<String, Object> p = map(l);
                b.append("| pgbench place-order SQL | ").append(p.get("clients")).append(" | ")
                        .append(fmt(p.get("transactions"))).append(" | ").append(fmt(p.get("failedTransactions")))
                        .append(" | ").append(fmt(p.get("tps"))).append(" | avg ").append(fmt(p.get("latencyAvgMs")))
                        .append(" | | | |\n");
            }
        }
        List<String> notes = new ArrayList<>();
        for (Object n : (List<?>) results.getOrDefault("notes", List.of())) {
            notes.add(String.valueOf(n));
        }
        for (Object n : (List<?>) results.getOrDefault("harnessFailures", List.of())) {
            notes.add("HARNESS FAILURE: " + n);
        }
        if (!notes.isEmpty()) {
            b.append("\nNotes:\n");
            notes.forEach(n -> b.append("- ").append(n).append('\n'));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Map<String, Object> l) {
        b.append("| ").append(name).append(" | ").append(l.getOrDefault("concurrency", "")).append(" | ")
                .append(fmt(l.get("ops"))).append(" | ").append(fmt(l.get("errors"))).append(" | ")
                .append(fmt(l.get("throughputPerSec"))).append(" | ").append(fmt(l.get("p50Ms"))).append(" | ")
                .append(fmt(l.get("p95Ms"))).append(" | ").append(fmt(l.get("p99Ms"))).append(" | ")
                .append(fmt(l.get("maxMs"))).append(" |\n");
    }

    private static String fmt(Object v) {
        if (v == null) {
            return "n/a";
        }
        if (v instanceof Double d) {
            return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.2f", d);
        }
        if (v instanceof Long || v instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) v).longValue());
        }
        return String.valueOf(v);
    }

    private static String shortVersion(Object v) {
        String s = String.valueOf(v);
        int on = s.indexOf(" on ");
        return on > 0 ? s.substring(0, on) : s;
    }

    // ------------------------------------------------------------------ access

    private Object path(String... keys) {
        Object at = results;
        for (String k : keys) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(k);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : null;
    }

    // ------------------------------------------------------------------ machine

    static Map<String, Object> machine(Path java) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nproc", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", firstValue("/proc/cpuinfo", "model name"));
        String mem = firstValue("/proc/meminfo", "MemTotal");
        Double gb = null;
        if (mem != null) {
            gb = LatencyRecorder.round(Long.parseLong(mem.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0, 1);
        }
        m.put("ramGb", gb);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("java", java.toString());
        m.put("loadAverageAtStart", loadAverage());
        return m;
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so they qualify every figure. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return null;
        }
    }

    private static String firstValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (Exception ignored) {
            // not Linux: left null
        }
        return null;
    }
}
