package io.ordercore.application.port.in;

import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import java.time.Instant;
import java.util.Optional;

/**
 * An account as use cases hand it out: everything but the password hash.
 *
 * @param credentialsVersion what tokens must carry to stay valid
 */
public record AccountView(AccountId id, Email email, String name, Role role, Optional<PointId> point, boolean blocked,
                          Optional<Instant> lockedUntil, Language language, Instant createdAt, int credentialsVersion) {

    public static AccountView of(Account a) {
        return new AccountView(a.id(), a.email(), a.name(), a.role(), a.point(), a.blocked(), a.lockedUntil(),
                a.language(), a.createdAt(), a.credentialsVersion());
    }
}
