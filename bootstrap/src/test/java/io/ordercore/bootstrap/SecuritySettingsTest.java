package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecuritySettingsTest {

    @TempDir
    Path dir;

    @Test
    void theConfiguredSecretWinsAndMustBeLongEnough() {
        String secret = "s".repeat(32);
        assertThat(SecuritySettings.resolve(Map.of("ORDERCORE_JWT_SECRET", secret), new Properties(), Optional.of(dir)))
                .contains(Map.entry(SecuritySettings.PROPERTY, secret));
        assertThatThrownBy(() -> SecuritySettings.resolve(Map.of("ORDERCORE_JWT_SECRET", "short"), new Properties(), Optional.empty()))
                .hasMessageContaining("at least 32");
    }

    @Test
    void theEmbeddedDefaultKeepsOneSecretInItsDataDirectory() throws Exception {
        Object first = SecuritySettings.resolve(Map.of(), new Properties(), Optional.of(dir)).orElseThrow().getValue();
        Object again = SecuritySettings.resolve(Map.of(), new Properties(), Optional.of(dir)).orElseThrow().getValue();

        assertThat(first).isEqualTo(again);
        assertThat(first.toString()).hasSizeGreaterThanOrEqualTo(SecuritySettings.MIN_LENGTH);
        assertThat(Files.getPosixFilePermissions(dir.resolve("jwt-secret")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void anExternalDatabaseWithoutASecretGetsNone() {
        assertThat(SecuritySettings.resolve(Map.of(), new Properties(), Optional.empty())).isEmpty();
        assertThat(DatabaseSettings.resolveAll(Map.of("ORDERCORE_DB_URL", "jdbc:postgresql://db/x"), new Properties()))
                .doesNotContainKey(SecuritySettings.PROPERTY);
    }
}
