package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke suite on the embedded default: no database configured, an H2 file under the data
 * directory. Data survives a restart, and the CLI works on it while the service runs.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    private Launcher launcher() {
        return launcher(LauncherTest.asAdmin());
    }

    private Launcher launcher(io.ordercore.adapter.cli.CliEnvironment environment) {
        return new Launcher(DatabaseSettings.resolveAll(Map.of("ORDERCORE_DATA_DIR", dataDir.toString()), new Properties()),
                environment);
    }

    private static String token(Http http) {
        Http.Response signedIn = http.post("/api/v1/auth/sign-in",
                "{\"email\":\"" + LauncherTest.ADMIN + "\",\"password\":\"" + LauncherTest.ADMIN_PASSWORD + "\"}");
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        return signedIn.json().get("accessToken").asText();
    }

    private static String run(Launcher launcher, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    @Test
    void ordersSurviveARestartAndTheCliSharesTheDatabaseWithTheService() throws Exception {
        String callDate = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1).toString();
        long orderId;
        try (Launcher seeding = launcher(LauncherTest.anonymous())) {
            run(seeding, "users", "create", "--role", "ADMIN", "--email", LauncherTest.ADMIN, "--name", "Root",
                    "--password-stdin");
        }
        try (Launcher service = launcher()) {
            run(service, "serve", "--port", "0");
            Http http = new Http(service.servingAt());
            http.bearer(token(http));
            long category = http.post("/api/v1/admin/catalog/categories", "{\"name\":\"Popular\"}").json().get("id").asLong();
            long callType = http.post("/api/v1/admin/catalog/call-types",
                    "{\"categoryId\":" + category + ",\"name\":\"Greeting\",\"priceRoubles\":300}").json().get("id").asLong();
            Http.Response placed = http.post("/api/v1/orders", "{\"callTypeId\":" + callType + ",\"clientName\":\"Anna\","
                    + "\"clientEmail\":\"anna@example.com\",\"recipientName\":\"Oleg\",\"recipientPhone\":\"+79161234567\","
                    + "\"recipientCountry\":\"RU\",\"recipientCity\":\"Tver\",\"callDate\":\"" + callDate + "\","
                    + "\"windowStart\":\"20:00\",\"windowEnd\":\"21:00\",\"consent\":true}");
            assertThat(placed.status()).as(placed.text()).isEqualTo(201);
            orderId = placed.json().get("id").asLong();

            try (Launcher cli = launcher()) {
                JsonNode listed = new ObjectMapper().readTree(run(cli, "orders", "list", "--format", "json"));
                assertThat(listed.get("items")).hasSize(1);
                assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(orderId);
                run(cli, "orders", "set-status", String.valueOf(orderId), "CANCELLED", "--reason", "from the CLI");
            }
            assertThat(http.get("/api/v1/admin/orders/" + orderId).json().get("status").asText()).isEqualTo("CANCELLED");
        }

        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).contains("ordercore.mv.db", "jwt-secret");

        try (Launcher restarted = launcher()) {
            run(restarted, "serve", "--port", "0");
            Http http = new Http(restarted.servingAt());
            http.bearer(token(http)); // the token secret is kept in the data directory too
            JsonNode order = http.get("/api/v1/admin/orders/" + orderId).json();
            assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(order.get("history")).hasSize(2);
            assertThat(order.get("history").get(1).get("reason").asText()).isEqualTo("from the CLI");
        }
    }
}
