package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deliverable itself: the shaded jar, started through the ./ordercore launcher exactly as the
 * README tells a newcomer, in a fresh directory with no database configured.
 */
class OrdercoreExecutableIT {

    @TempDir
    Path workDir;

    record Result(int exit, String out, String err, Duration wall) {
    }

    private ProcessBuilder command(String... args) {
        List<String> line = new ArrayList<>();
        line.add(System.getProperty("ordercore.launcher"));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("ORDERCORE_") || k.startsWith("DATASOURCES_"));
        env.put("ORDERCORE_JAR", System.getProperty("ordercore.jar"));
        return builder;
    }

    static final String ADMIN = "root@ordercore.test";
    static final String PASSWORD = "Tundra-Kettle-42";

    private Result run(Map<String, String> extraEnv, String... args) throws Exception {
        return runWithInput(extraEnv, null, args);
    }

    private Result runWithInput(Map<String, String> extraEnv, String stdin, String... args) throws Exception {
        ProcessBuilder builder = command(args);
        builder.environment().putAll(extraEnv);
        if (stdin != null) {
            Path input = workDir.resolve("stdin.txt");
            Files.writeString(input, stdin + "\n", StandardCharsets.UTF_8);
            builder.redirectInput(input.toFile());
        }
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        long start = System.nanoTime();
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), wall);
    }

    private Process serve(int port) throws IOException {
        return command("serve", "--port", String.valueOf(port))
                .redirectOutput(workDir.resolve("serve-out.log").toFile())
                .redirectError(workDir.resolve("serve-err.log").toFile())
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Http awaitHealthy(int port, Process server) throws Exception {
        Http http = new Http(new URL("http://127.0.0.1:" + port));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as(Files.readString(workDir.resolve("serve-err.log"))).isTrue();
            try {
                if (http.get("/health").status() == 200) {
                    return http;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not healthy in time: " + Files.readString(workDir.resolve("serve-err.log")));
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy(); // SIGTERM: Micronaut's shutdown hook closes the server and the database
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    @Test
    void helpAnswersFastWithoutADatabase() throws Exception {
        Result help = run(Map.of("ORDERCORE_DB_URL", "jdbc:postgresql://127.0.0.1:1/unreachable"), "--help");

        assertThat(help.exit()).as(help.err()).isZero();
        assertThat(help.out()).contains("serve").contains("orders").contains("catalog").contains("db");
        assertThat(workDir.resolve("data")).doesNotExist();
        System.out.printf("ordercore --help wall time: %d ms%n", help.wall().toMillis());
    }

    private Http signedIn(Http http) {
        Http.Response response = http.post("/api/v1/auth/sign-in",
                "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return http.bearer(response.json().get("accessToken").asText());
    }

    @Test
    void theEmbeddedDefaultServesKeepsDataAndSharesItWithTheCli() throws Exception {
        Result seeded = runWithInput(Map.of(), PASSWORD, "users", "create", "--role", "ADMIN", "--email", ADMIN, "--name", "Root",
                "--password-stdin");
        assertThat(seeded.exit()).as(seeded.err()).isZero();
        assertThat(seeded.out() + seeded.err()).doesNotContain(PASSWORD);
        int port = freePort();
        Process server = serve(port);
        long orderId;
        try {
            Http http = signedIn(awaitHealthy(port, server));
            long category = http.post("/api/v1/admin/catalog/categories", "{\"name\":\"Popular\"}").json().get("id").asLong();
            long type = http.post("/api/v1/admin/catalog/call-types",
                    "{\"categoryId\":" + category + ",\"name\":\"Greeting\",\"priceRoubles\":450}").json().get("id").asLong();
            String callDate = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(3).toString();
            Http.Response placed = http.post("/api/v1/orders", "{\"callTypeId\":" + type + ",\"clientName\":\"Ivan\","
                    + "\"clientEmail\":\"ivan@example.com\",\"recipientName\":\"Maria\",\"recipientPhone\":\"8 916 123 45 67\","
                    + "\"recipientCountry\":\"RU\",\"recipientCity\":\"Moscow\",\"callDate\":\"" + callDate + "\","
                    + "\"windowStart\":\"10:00\",\"windowEnd\":\"11:00\",\"consent\":true}");
            assertThat(placed.status()).as(placed.text()).isEqualTo(201);
            orderId = placed.json().get("id").asLong();

            Result listed = run(Map.of("ORDERCORE_CLI_AS", ADMIN), "orders", "list", "--format", "json");
            assertThat(listed.exit()).as(listed.err()).isZero();
            assertThat(new ObjectMapper().readTree(listed.out()).get("items").get(0).get("id").asLong()).isEqualTo(orderId);
            System.out.printf("ordercore orders list wall time (service running): %d ms%n", listed.wall().toMillis());
        } finally {
            stop(server);
        }
        assertThat(workDir.resolve("data").resolve("ordercore.mv.db")).exists();

        Process restarted = serve(port);
        try {
            Http http = signedIn(awaitHealthy(port, restarted));
            Http.Response order = http.get("/api/v1/admin/orders/" + orderId);
            assertThat(order.status()).isEqualTo(200);
            assertThat(order.json().get("recipient").get("phone").asText()).isEqualTo("+79161234567");
        } finally {
            stop(restarted);
        }
    }

    @Test
    void dbMigrateOnAFreshDirectoryCreatesTheSchema() throws Exception {
        Result migrated = run(Map.of(), "db", "migrate");

        assertThat(migrated.exit()).as(migrated.err()).isZero();
        long migrations;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../adapters-persistence/src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(migrations).isPositive();
        assertThat(migrated.out()).startsWith("applied " + migrations + " migration(s); schema version " + migrations);
        Result again = run(Map.of(), "db", "migrate");
        assertThat(again.out()).startsWith("applied 0 migration(s)");
    }

    @Test
    void badInputIsAMessageAndANonZeroExit() throws Exception {
        runWithInput(Map.of(), PASSWORD, "users", "create", "--role", "ADMIN", "--email", ADMIN, "--name", "Root",
                "--password-stdin");
        Result refused = run(Map.of("ORDERCORE_CLI_AS", ADMIN), "catalog", "call-type", "create", "--category", "1",
                "--name", "", "--price", "-5");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("VALIDATION_FAILED");
        assertThat(refused.out()).isEmpty();
    }
}
