package io.ordercore.application.port.out;

/** One-way password hashing with a well-kept algorithm (argon2id or bcrypt), salted per hash. */
public interface PasswordHasher {

    String hash(String password);

    /** Whether {@code password} matches {@code hash}; takes about as long whether it does or not. */
    boolean verify(String password, String hash);
}
