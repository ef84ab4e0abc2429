package io.ordercore.bootstrap.infra;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.ordercore.application.port.out.PasswordHasher;

/**
 * Argon2id through Password4j, with OWASP's recommended minimum cost (19 MiB memory, 2 passes,
 * 1 lane), a random 16-byte salt per hash, stored in the standard PHC string form.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2Function argon2;

    public Argon2PasswordHasher() {
        this(19_456, 2);
    }

    /** A cheaper cost for tests that open many accounts; never lower in production. */
    public Argon2PasswordHasher(int memoryKib, int iterations) {
        this.argon2 = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID, 19);
    }

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    @Override
    public boolean verify(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
