package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited action: who (and who really, when impersonating), what, on what, when, and how it
 * ended. Never carries a password, hash or token.
 *
 * @param action stable dotted name, e.g. {@code order.status.change}
 * @param target what was acted on, e.g. {@code order:42}, {@code account:7}
 * @param errorCode for a refused or failed action, the error code it ended with
 */
public record AuditEntry(long id, Instant at, Party actor, Optional<Party> impersonator, String action, String target,
                         Outcome outcome, Optional<String> errorCode) {

    /** How the action ended. */
    public enum Outcome {
        /** Done. */
        OK,
        /** Refused by a rule (invalid input, not allowed, conflict, not found). */
        REFUSED,
        /** Broke on something unexpected. */
        FAILED
    }

    /** Someone or something that acts: an account (with its role) or a named system component. */
    public record Party(Optional<AccountId> account, String label, Optional<Role> role) {
        public Party {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
        }

        public static Party of(Caller caller) {
            if (caller instanceof Caller.SignedIn s) {
                return new Party(Optional.of(s.id()), s.email().value(), Optional.of(s.role()));
            }
            if (caller instanceof Caller.System s) {
                return new Party(Optional.empty(), "system:" + s.name(), Optional.empty());
            }
            return new Party(Optional.empty(), "anonymous", Optional.empty());
        }
    }

    /** An entry before the store gives it an id. */
    public record Draft(Instant at, Party actor, Optional<Party> impersonator, String action, String target,
                        Outcome outcome, Optional<String> errorCode) {
        public Draft {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(impersonator, "impersonator");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(errorCode, "errorCode");
        }
    }
}
