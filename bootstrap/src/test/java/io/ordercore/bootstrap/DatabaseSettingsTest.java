package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void ordercoreDbUrlSelectsThatDatabaseWithItsCredentials() {
        Map<String, Object> s = DatabaseSettings.resolve(Map.of("ORDERCORE_DB_URL", "jdbc:postgresql://db:5432/orders",
                "ORDERCORE_DB_USER", "app", "ORDERCORE_DB_PASSWORD", "secret", "ORDERCORE_DATA_DIR", "/ignored"), new Properties());

        assertThat(s).containsEntry("datasources.default.url", "jdbc:postgresql://db:5432/orders")
                .containsEntry("datasources.default.username", "app")
                .containsEntry("datasources.default.password", "secret");
    }

    @Test
    void withoutCredentialsPostgresUserIsAssumed() {
        Map<String, Object> s = DatabaseSettings.resolve(Map.of("ORDERCORE_DB_URL", "jdbc:postgresql://db/o"), new Properties());
        assertThat(s).containsEntry("datasources.default.username", "postgres").containsEntry("datasources.default.password", "");
    }

    @Test
    void theUsualMicronautSettingIsLeftToMicronaut() {
        assertThat(DatabaseSettings.resolve(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://x/y"), new Properties())).isEmpty();
        Properties system = new Properties();
        system.setProperty("datasources.default.url", "jdbc:postgresql://x/y");
        assertThat(DatabaseSettings.resolve(Map.of(), system)).isEmpty();
    }

    @Test
    void nothingConfiguredMeansAnH2FileUnderTheDataDirectory() {
        Map<String, Object> s = DatabaseSettings.resolve(Map.of(), new Properties());

        String expected = "jdbc:h2:file:" + Path.of("./data").toAbsolutePath().normalize().resolve("ordercore")
                + DatabaseSettings.H2_OPTIONS;
        assertThat(s).containsEntry("datasources.default.url", expected).containsEntry("datasources.default.username", "sa");
        assertThat(expected).contains("MODE=PostgreSQL").contains("DATABASE_TO_LOWER=TRUE").contains("AUTO_SERVER=TRUE");
    }

    @Test
    void theDataDirectoryComesFromTheEnvironmentOrASystemProperty() {
        assertThat(DatabaseSettings.resolve(Map.of("ORDERCORE_DATA_DIR", "/srv/oc"), new Properties()).get("datasources.default.url"))
                .asString().startsWith("jdbc:h2:file:/srv/oc/ordercore;");
        Properties system = new Properties();
        system.setProperty("ordercore.data-dir", "/var/lib/oc");
        assertThat(DatabaseSettings.resolve(Map.of(), system).get("datasources.default.url"))
                .asString().startsWith("jdbc:h2:file:/var/lib/oc/ordercore;");
    }
}
