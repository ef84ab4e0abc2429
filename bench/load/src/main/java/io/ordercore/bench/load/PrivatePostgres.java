package io.ordercore.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fresh PostgreSQL for one run. Preferred: a throwaway cluster of our own (initdb in a temp dir,
 * a free port, pg_stat_statements preloaded), so statement counts are exact and nothing else shares
 * the server. Fallback: a new database on the machine's server at 127.0.0.1:5432.
 */
final class PrivatePostgres implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    final String kind;
    final String host = "127.0.0.1";
    final int port;
    final String database;
    final String serviceUser;
    final Path binDir;
    /** Where pg_stat_statements is queried: "postgres" on our own cluster, the run's database on a shared one. */
    final String statsDatabase;
    /** Null when pg_stat_statements can be read; otherwise why not. */
    String statementsUnavailable;
    final List<String> notes = new ArrayList<>();

    private final Path dir;
    private final boolean asPostgresUser;

    private PrivatePostgres(String kind, int port, String database, String serviceUser, Path binDir, Path dir,
                            boolean asPostgresUser) {
        this.kind = kind;
        this.port = port;
        this.database = database;
        this.serviceUser = serviceUser;
        this.binDir = binDir;
        this.statsDatabase = dir != null ? "postgres" : database;
        this.dir = dir;
        this.asPostgresUser = asPostgresUser;
    }

    /** A private cluster, or the shared server when that fails (or when asked to). */
    static PrivatePostgres start(boolean sharedOnly, Log log) throws Exception {
        Path bin = binDir();
        String why;
        if (sharedOnly) {
            why = "--shared-postgres was given";
        } else if (bin == null) {
            why = "no PostgreSQL server binaries (initdb) found";
        } else {
            try {
                return privateCluster(bin, log);
            } catch (Exception e) {
                why = "private cluster failed: " + e.getMessage();
                log.line("private PostgreSQL cluster failed, falling back to 127.0.0.1:5432: " + e.getMessage());
            }
        }
        PrivatePostgres shared = sharedServer(bin, log);
        shared.notes.add("fallback to the shared server because " + why);
        return shared;
    }

    private static PrivatePostgres privateCluster(Path bin, Log log) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("ordercore-bench-pg-");
        if (root) {
            // initdb refuses to run as root: the cluster belongs to the postgres account.
            Proc.run(List.of("chown", "-R", SUPERUSER + ":", dir.toString()), null, 30);
        }
        int port = freePort();
        PrivatePostgres pg = new PrivatePostgres("private-cluster", port, "ordercore", "ordercore", bin, dir, root);
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stopQuietly, "stop-private-postgres"));
        Path data = dir.resolve("data");
        long t0 = System.nanoTime();
        pg.asOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), 120);
        // fsync and synchronous_commit stay at their defaults: the figures must include durable commits.
        String options = String.join(" ", "-p", String.valueOf(port), "-k", dir.toString(),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "shared_preload_libraries=pg_stat_statements",
                "-c", "pg_stat_statements.max=10000",
                "-c", "max_connections=200",
                "-c", "shared_buffers=512MB");
        pg.asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-o", options, "-w", "-t", "60", "start"), 90);
        log.line("private PostgreSQL on port %d (%s) ready in %d ms", port, dir, (System.nanoTime() - t0) / 1_000_000);
        try (Connection c = pg.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION pg_stat_statements");
            s.execute("CREATE ROLE ordercore LOGIN");
            s.execute("CREATE DATABASE ordercore OWNER ordercore");
        }
        return pg;
    }

    private static PrivatePostgres sharedServer(Path bin, Log log) throws Exception {
        String db = "ordercore_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        PrivatePostgres pg = new PrivatePostgres("shared-127.0.0.1:5432", 5432, db, SUPERUSER, bin, null, false);
        try (Connection c = pg.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        // Only inside our own database (dropped at the end): nothing of the shared server is changed.
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT current_setting('shared_preload_libraries')")) {
                rs.next();
                if (!rs.getString(1).contains("pg_stat_statements")) {
                    pg.statementsUnavailable = "pg_stat_statements is not in shared_preload_libraries of the shared server";
                }
            }
            if (pg.statementsUnavailable == null) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
        } catch (SQLException e) {
            pg.statementsUnavailable = "pg_stat_statements unavailable on the shared server: " + e.getMessage();
        }
        if (pg.statementsUnavailable == null) {
            // Readable, but the server is shared: other clients' statements would be counted with ours.
            pg.notes.add("pg_stat_statements on a shared server: counts are filtered by database only");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stopQuietly, "drop-bench-database"));
        log.line("using a fresh database %s on 127.0.0.1:5432", db);
        return pg;
    }

    String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    String serviceUrl() {
        return jdbcUrl(database);
    }

    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(db), SUPERUSER, "");
    }

    /** psql/pgbench from the server's bin directory when there is one, else from PATH. */
    String tool(String name) {
        if (binDir != null && Files.isExecutable(binDir.resolve(name))) {
            return binDir.resolve(name).toString();
        }
        return name;
    }

    String version() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return "unknown: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        stopQuietly();
    }

    private volatile boolean stopped;
    private volatile boolean kept;

    /** Leaves the server (and the database) running after the run; says how to reach and stop it. */
    String keep() {
        kept = true;
        return dir != null
                ? "psql -h " + host + " -p " + port + " -U " + SUPERUSER + " " + database + "   (stop: runuser -u "
                        + SUPERUSER + " -- " + binDir.resolve("pg_ctl") + " -D " + dir.resolve("data") + " stop; rm -rf " + dir + ")"
                : "psql -h " + host + " -p " + port + " -U " + SUPERUSER + " " + database + "   (drop: DROP DATABASE " + database + ")";
    }

    synchronized void stopQuietly() {
        if (stopped || kept) {
            return;
        }
        stopped = true;
        try {
            if (dir != null) {
                asOwner(List.of(binDir.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                        "-w", "stop"), 60);
                deleteTree(dir);
            } else {
                try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
        } catch (Exception e) {
            System.err.println("warning: could not stop/clean PostgreSQL: " + e.getMessage());
        }
    }

    private void asOwner(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        Proc.Result r = Proc.run(full, null, timeoutSeconds);
        if (r.exit() != 0) {
            throw new IOException(String.join(" ", command.subList(0, 1)) + " exited " + r.exit() + ": " + r.tail());
        }
    }

    /** pg_config --bindir, else the newest /usr/lib/postgresql/N/bin with an initdb. */
    static Path binDir() {
        try {
            Proc.Result r = Proc.run(List.of("pg_config", "--bindir"), null, 10);
            Path p = Path.of(r.out().strip());
            if (r.exit() == 0 && Files.isExecutable(p.resolve("initdb"))) {
                return p;
            }
        } catch (Exception ignored) {
            // not installed or not on PATH: look in the Debian layout
        }
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(base)) {
            Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> versionNumber(b.getParent().getFileName().toString())));
            return newest.orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
