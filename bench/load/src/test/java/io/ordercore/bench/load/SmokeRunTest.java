package io.ordercore.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runner's smoke mode end to end against the built jar (what CI runs, so the harness cannot rot):
 * a private PostgreSQL, the service, every scenario, pgbench, the report. Skipped only when pgbench or
 * the product jar is missing.
 */
class SmokeRunTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path REPO = MODULE.resolve("../..").normalize();
    private static final Path JAR = REPO.resolve("bootstrap/target/ordercore.jar");

    @Test
    void smokeRunMeasuresEveryScenarioAndWritesEveryFigure() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no product jar at " + JAR + " (mvn install -DskipTests at the root)");
        assumeTrue(pgbenchAvailable(), "pgbench is not installed");

        Path out = MODULE.resolve("target/smoke");
        Runner.Outcome run = Runner.run("--smoke", "--repo", REPO.toString(), "--jar", JAR.toString(), "--out", out.toString());

        assertEquals(List.of(), run.failures(), "harness failures");
        JsonNode json = Api.JSON.readTree(Files.readString(run.json()));
        for (String scenario : List.of("placeOrder", "paymentNotification", "adminOrderList")) {
            JsonNode levels = json.path("scenarios").path(scenario).path("levels");
            assertFalse(levels.isEmpty(), scenario + " has no levels");
            for (JsonNode level : levels) {
                assertTrue(level.path("ops").asLong() > 0, scenario + " at concurrency " + level.path("concurrency")
                        + " had no successful operation: " + level.path("firstErrors"));
            }
        }
        JsonNode open = json.path("scenarios").path("paymentNotification").path("openLoop");
        assertTrue(open.path("ops").asLong() > 0, "open-loop notifications: none succeeded " + open.path("firstErrors"));
        assertTrue(open.path("toDispatched").path("dispatched").asLong() > 0, "no notified order was dispatched");
        assertTrue(json.path("scenarios").path("perRoleSearch").has("status"), "per-role search not reported");

        JsonNode figures = json.path("figures");
        for (String key : Report.FIGURE_KEYS) {
            assertTrue(figures.has(key), "figure missing from the JSON: " + key);
        }
        for (JsonNode level : json.path("pgbench").path("levels")) {
            assertTrue(level.path("tps").asDouble() > 0, "pgbench tps at " + level.path("clients") + " clients: " + level);
        }
        assertTrue(figures.path("pgbenchTps").asDouble() > 0, "pgbench tps");
        assertTrue(json.path("targets").size() >= 8, "targets with verdicts");
        assertTrue(Files.readString(run.markdown()).contains("| Figure | Value | Target | Verdict |"), "Markdown table");
    }

    private static boolean pgbenchAvailable() {
        try {
            PrivatePostgres.binDir();
            Path bin = PrivatePostgres.binDir();
            String pgbench = bin != null && Files.isExecutable(bin.resolve("pgbench")) ? bin.resolve("pgbench").toString() : "pgbench";
            return Proc.run(List.of(pgbench, "--version"), null, 10).exit() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
