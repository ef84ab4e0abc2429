package io.ordercore.domain.account;

import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in: e-mail (the login, unique, case-insensitive), role, and for clients and
 * point managers their point.
 *
 * <p>Invariants: an account belongs to a point exactly when its role says so
 * ({@link Role#belongsToAPoint()}); the password is kept only as a hash made outside the domain.
 * {@link #credentialsVersion()} moves on with every password change or block, and tokens carry it,
 * so older tokens stop working. {@link #MAX_FAILED_SIGN_INS} wrong passwords in a row lock the
 * account for {@link #LOCK_DURATION}.
 */
public final class Account {

    public static final int MAX_FAILED_SIGN_INS = 10;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MAX_NAME = 100;

    private final AccountId id;
    private Email email;
    private final String name;
    private Role role;
    private Optional<PointId> point;
    private String passwordHash;
    private int credentialsVersion;
    private int failedSignIns;
    private Optional<Instant> lockedUntil;
    private boolean blocked;
    private final Language language;
    private final Instant createdAt;
    private final long version;

    private Account(AccountSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.email = Objects.requireNonNull(s.email(), "email");
        this.name = Objects.requireNonNull(s.name(), "name");
        this.role = Objects.requireNonNull(s.role(), "role");
        this.point = Objects.requireNonNull(s.point(), "point");
        this.passwordHash = Objects.requireNonNull(s.passwordHash(), "passwordHash");
        this.credentialsVersion = s.credentialsVersion();
        this.failedSignIns = s.failedSignIns();
        this.lockedUntil = Objects.requireNonNull(s.lockedUntil(), "lockedUntil");
        this.blocked = s.blocked();
        this.language = Objects.requireNonNull(s.language(), "language");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.version = s.version();
    }

    /** A new account; checks the role/point rule and the name. */
    public static Account open(AccountId id, Email email, String name, Role role, Optional<PointId> point,
                               String passwordHash, Language language, Instant now) {
        requirePointMatchesRole(role, point);
        String checkedName = Text.required(name, MAX_NAME);
        return new Account(new AccountSnapshot(id, email, checkedName, role, point, passwordHash, 1, 0,
                Optional.empty(), false, language, now, 0));
    }

    public static Account rehydrate(AccountSnapshot snapshot) {
        return new Account(snapshot);
    }

    /** Whether a sign-in may even be tried now (not blocked by an admin, not locked out). */
    public boolean maySignIn(Instant now) {
        return !blocked && lockedUntil.map(until -> !now.isBefore(until)).orElse(true);
    }

    /** Counts a wrong password; the tenth in a row locks the account for 15 minutes. */
    public void signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = Optional.of(now.plus(LOCK_DURATION));
            failedSignIns = 0;
        }
    }

    /** A correct password: the failure count starts again. */
    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = Optional.empty();
    }

    /** A new password hash; every token issued before stops working. */
    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        credentialsVersion++;
    }

    public void changeEmail(Email newEmail) {
        email = Objects.requireNonNull(newEmail, "newEmail");
    }

    /** A new role (and point, when the role has one). */
    public void assign(Role newRole, Optional<PointId> newPoint) {
        requirePointMatchesRole(newRole, newPoint);
        role = newRole;
        point = newPoint;
        credentialsVersion++; // tokens carry the role: make them be issued again
    }

    /** An administrator's lock: no sign-in, every token stops working, until unblocked. */
    public void block() {
        blocked = true;
        credentialsVersion++;
    }

    /** Lifts an administrator's lock and any lock-out. */
    public void unblock() {
        blocked = false;
        lockedUntil = Optional.empty();
        failedSignIns = 0;
    }

    private static void requirePointMatchesRole(Role role, Optional<PointId> point) {
        if (role.belongsToAPoint() && point.isEmpty()) {
            throw ValidationException.of("pointId", "POINT_REQUIRED", "a " + role + " belongs to exactly one point");
        }
        if (!role.belongsToAPoint() && point.isPresent()) {
            throw ValidationException.of("pointId", "POINT_NOT_ALLOWED", "a " + role + " belongs to no point");
        }
    }

    public AccountId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public Optional<PointId> point() {
        return point;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int credentialsVersion() {
        return credentialsVersion;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Optional<Instant> lockedUntil() {
        return lockedUntil;
    }

    public boolean blocked() {
        return blocked;
    }

    public Language language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public boolean isNew() {
        return version == 0;
    }

    public AccountSnapshot snapshot() {
        return new AccountSnapshot(id, email, name, role, point, passwordHash, credentialsVersion, failedSignIns,
                lockedUntil, blocked, language, createdAt, version);
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + email + ", " + role + "]"; // never the hash
    }
}
