package io.ordercore.application.service;

import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.PasswordHasher;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a password against an account and keeps the lock-out count. A wrong password is counted
 * in its own committed transaction before the refusal is thrown, so refusing never undoes the
 * count. Unknown e-mails cost a hash check too, so timing does not tell them apart.
 */
final class Credentials {

    private static final int SAVE_ATTEMPTS = 5;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private volatile String decoyHash;

    Credentials(Accounts accounts, PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @return the account when the password is right and the account may sign in now
     * @throws UnauthenticatedException {@code INVALID_CREDENTIALS} in every other case
     */
    Account verify(String rawEmail, String password) {
        Optional<Account> found = parse(rawEmail).flatMap(accounts::findByEmail);
        if (found.isEmpty() || password == null) {
            hasher.verify(password == null ? "" : password, decoy());
            throw UnauthenticatedException.invalidCredentials();
        }
        boolean matches = hasher.verify(password, found.get().passwordHash());
        if (!found.get().maySignIn(clock.instant())) {
            // Locked out or blocked: refused without counting, so trying again does not extend the lock.
            throw UnauthenticatedException.invalidCredentials();
        }
        Account counted = count(found.get(), matches);
        if (!matches) {
            throw UnauthenticatedException.invalidCredentials();
        }
        return counted;
    }

    /** A new random password for an account opened on someone's behalf: 14 characters, no look-alikes. */
    static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private Account count(Account loaded, boolean success) {
        Account account = loaded;
        for (int attempt = 1; ; attempt++) {
            Account current = account;
            try {
                return transactions.inTransaction(() -> {
                    if (success) {
                        current.signedIn();
                    } else {
                        current.signInFailed(clock.instant());
                    }
                    return accounts.save(current);
                });
            } catch (ConcurrentUpdateException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
                account = accounts.find(loaded.id()).orElseThrow(UnauthenticatedException::invalidCredentials);
            }
        }
    }

    private static Optional<Email> parse(String raw) {
        try {
            return Optional.of(Email.of(raw));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-for-equal-timing");
        }
        return decoyHash;
    }
}
