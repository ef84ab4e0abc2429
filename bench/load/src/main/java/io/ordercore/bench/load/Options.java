package io.ordercore.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Command-line settings; the defaults depend on the mode (full or --smoke). */
final class Options {

    boolean smoke;
    Path repo = Path.of("").toAbsolutePath();
    Path jar;
    Path out;
    long orders = -1;
    Duration duration;
    Duration warmup;
    List<Integer> concurrency;
    int rate = 200;
    Duration pgbenchDuration;
    int clients = -1;
    int operators = -1;
    int statementOrders = -1;
    int cliRuns = -1;
    boolean sharedPostgres;
    boolean keepPostgres;

    static Options parse(String... args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("--smoke")) {
                o.smoke = true;
                continue;
            }
            if (name.equals("--keep-postgres")) {
                o.keepPostgres = true;
                continue;
            }
            if (name.equals("--shared-postgres")) {
                o.sharedPostgres = true;
                continue;
            }
            if (name.equals("-h") || name.equals("--help")) {
                throw new IllegalArgumentException(usage());
            }
            if (v == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value\n" + usage());
                }
                v = args[++i];
            }
            switch (name) {
                case "--repo" -> o.repo = Path.of(v).toAbsolutePath().normalize();
                case "--jar" -> o.jar = Path.of(v).toAbsolutePath().normalize();
                case "--out" -> o.out = Path.of(v).toAbsolutePath().normalize();
                case "--orders" -> o.orders = Long.parseLong(v.replace("_", "").replace(",", ""));
                case "--duration" -> o.duration = duration(v);
                case "--warmup" -> o.warmup = duration(v);
                case "--concurrency" -> o.concurrency = ints(v);
                case "--rate" -> o.rate = Integer.parseInt(v);
                case "--pgbench-duration" -> o.pgbenchDuration = duration(v);
                case "--clients" -> o.clients = Integer.parseInt(v);
                case "--operators" -> o.operators = Integer.parseInt(v);
                case "--statement-orders" -> o.statementOrders = Integer.parseInt(v);
                case "--cli-runs" -> o.cliRuns = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
            }
        }
        o.defaults();
        return o;
    }

    private void defaults() {
        if (jar == null) {
            jar = repo.resolve("bootstrap/target/ordercore.jar");
        }
        if (out == null) {
            out = smoke ? repo.resolve("bench/load/target/smoke") : repo.resolve("bench/results");
        }
        if (orders < 0) {
            orders = smoke ? 10_000 : 1_000_000;
        }
        if (duration == null) {
            duration = smoke ? Duration.ofSeconds(1) : Duration.ofSeconds(20);
        }
        if (warmup == null) {
            warmup = smoke ? Duration.ofMillis(500) : Duration.ofSeconds(5);
        }
        if (concurrency == null) {
            concurrency = smoke ? List.of(1, 4) : List.of(1, 8, 32);
        }
        if (pgbenchDuration == null) {
            pgbenchDuration = smoke ? Duration.ofSeconds(2) : duration;
        }
        if (clients < 0) {
            clients = smoke ? 4 : 50;
        }
        if (operators < 0) {
            operators = smoke ? 8 : 100;
        }
        if (statementOrders < 0) {
            statementOrders = smoke ? 10 : 200;
        }
        if (cliRuns < 0) {
            cliRuns = smoke ? 1 : 5;
        }
    }

    /** "30s", "1500ms", "2m" or plain seconds. */
    static Duration duration(String v) {
        String s = v.trim().toLowerCase();
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        if (s.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
        }
        if (s.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)) * 60);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
    }

    private static List<Integer> ints(String v) {
        List<Integer> list = new ArrayList<>();
        for (String part : v.split(",")) {
            if (!part.isBlank()) {
                list.add(Integer.parseInt(part.trim()));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("--concurrency needs at least one level");
        }
        return List.copyOf(list);
    }

    static String usage() {
        return """
                usage: bench/run [--smoke] [options]
                  --smoke                  short run for CI; results go to bench/load/target/smoke/
                  --orders N               orders bench/data/generate.sql fills (default 1000000; smoke 10000)
                  --duration D             per scenario and concurrency level (default 20s; smoke 1s)
                  --warmup D               unrecorded warm-up before each scenario (default 5s; smoke 500ms)
                  --concurrency 1,8,32     closed-loop virtual users per level (smoke 1,4)
                  --rate R                 open-loop notifications per second (default 200)
                  --pgbench-duration D     pgbench -T per level (default = --duration; smoke 2s)
                  --clients N              client accounts placing orders (default 50; smoke 4)
                  --operators N            operators, capacity 100 each (default 100; smoke 8)
                  --statement-orders N     sequential place-orders for the SQL count (default 200; smoke 10)
                  --cli-runs N             CLI timings, median of N (default 5; smoke 1)
                  --shared-postgres        skip the private cluster; use a fresh database on 127.0.0.1:5432
                  --keep-postgres          leave the database running at the end, for EXPLAIN and the like
                  --repo DIR, --jar FILE, --out DIR""";
    }
}
