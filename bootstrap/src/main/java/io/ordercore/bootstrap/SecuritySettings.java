package io.ordercore.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The secret that signs sign-in tokens (HS256). {@code ORDERCORE_JWT_SECRET} (at least 32
 * characters, the same on every instance) wins; on the embedded default a random secret is made
 * once and kept in the data directory ({@code jwt-secret}, owner-only), so tokens survive restarts.
 * With an external database and no secret configured, {@code serve} refuses to start.
 */
final class SecuritySettings {

    static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    static final int MIN_LENGTH = 32;

    private SecuritySettings() {
    }

    /** The property to add, if any; empty when nothing is configured and no data directory is in use. */
    static Optional<Map.Entry<String, Object>> resolve(Map<String, String> env, Properties system, Optional<Path> dataDir) {
        String configured = env.get("ORDERCORE_JWT_SECRET");
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("ORDERCORE_JWT_SECRET must be at least " + MIN_LENGTH + " characters");
            }
            return Optional.of(Map.entry(PROPERTY, configured));
        }
        if (system.getProperty(PROPERTY) != null) {
            return Optional.empty();
        }
        return dataDir.map(dir -> Map.entry(PROPERTY, fileSecret(dir)));
    }

    private static String fileSecret(Path dir) {
        Path file = dir.resolve("jwt-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(dir);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions (Windows): the data directory's own ACL applies
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token secret " + file, e);
        }
    }
}
