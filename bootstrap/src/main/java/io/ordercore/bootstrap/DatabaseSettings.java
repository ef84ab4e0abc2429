package io.ordercore.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Which database ordercore opens, decided once at start:
 * <ol>
 *   <li>{@code ORDERCORE_DB_URL} (+ {@code ORDERCORE_DB_USER}, {@code ORDERCORE_DB_PASSWORD}): that database (PostgreSQL);</li>
 *   <li>else the usual Micronaut setting ({@code DATASOURCES_DEFAULT_URL} or {@code -Ddatasources.default.url}): left to Micronaut;</li>
 *   <li>else the embedded default: an H2 file database in {@code ORDERCORE_DATA_DIR} (default {@code ./data}),
 *       in PostgreSQL mode, with AUTO_SERVER so the CLI can share it with a running service.</li>
 * </ol>
 */
final class DatabaseSettings {

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    private DatabaseSettings() {
    }

    /**
     * Everything the executable decides from its environment: the database and the token secret.
     */
    static Map<String, Object> resolveAll(Map<String, String> env, Properties system) {
        Map<String, Object> settings = resolve(env, system);
        SecuritySettings.resolve(env, system, embeddedDataDir(env, system))
                .ifPresent(secret -> settings.put(secret.getKey(), secret.getValue()));
        return settings;
    }

    /** The data directory when the embedded default database is the one in use. */
    static java.util.Optional<Path> embeddedDataDir(Map<String, String> env, Properties system) {
        boolean external = present(env.get("ORDERCORE_DB_URL")) || present(env.get("DATASOURCES_DEFAULT_URL"))
                || present(system.getProperty("datasources.default.url"));
        return external ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of(firstPresent(env.get("ORDERCORE_DATA_DIR"),
                        system.getProperty("ordercore.data-dir"), "./data")).toAbsolutePath().normalize());
    }

    static Map<String, Object> resolve(Map<String, String> env, Properties system) {
        Map<String, Object> settings = new HashMap<>();
        String url = env.get("ORDERCORE_DB_URL");
        if (url != null && !url.isBlank()) {
            settings.put("datasources.default.url", url.trim());
            settings.put("datasources.default.username", env.getOrDefault("ORDERCORE_DB_USER", "postgres"));
            settings.put("datasources.default.password", env.getOrDefault("ORDERCORE_DB_PASSWORD", ""));
            return settings;
        }
        if (present(env.get("DATASOURCES_DEFAULT_URL")) || present(system.getProperty("datasources.default.url"))) {
            return settings;
        }
        String dir = firstPresent(env.get("ORDERCORE_DATA_DIR"), system.getProperty("ordercore.data-dir"), "./data");
        settings.put("datasources.default.url", embeddedUrl(Path.of(dir)));
        settings.put("datasources.default.username", "sa");
        settings.put("datasources.default.password", "");
        return settings;
    }

    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ordercore") + H2_OPTIONS;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (present(value)) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
