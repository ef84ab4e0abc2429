package io.ordercore.application.testing;

import io.ordercore.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A salted SHA-256 hasher for tests only: fast, so tests can open many accounts. Production uses
 * argon2id (bootstrap's Argon2PasswordHasher); never use this one outside tests.
 */
public final class TestPasswordHasher implements PasswordHasher {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        byte[] salt = new byte[8];
        random.nextBytes(salt);
        String s = Base64.getEncoder().encodeToString(salt);
        return "test$" + s + "$" + digest(s, password);
    }

    @Override
    public boolean verify(String password, String hash) {
        String[] parts = hash.split("\\$");
        return parts.length == 3 && MessageDigest.isEqual(digest(parts[1], password).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(sha.digest((salt + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
