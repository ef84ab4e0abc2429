package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import java.util.Objects;

/** A supervisor or administrator acts as another user (never as an administrator); audited. */
public interface ImpersonateUseCase {

    /**
     * @throws AccessDeniedException when the caller is not a supervisor or administrator, is already
     *     impersonating, or the target is an administrator
     */
    Impersonation impersonate(Caller caller, AccountId target);

    /** The account to act as and who is really acting; the adapter issues a token carrying both. */
    record Impersonation(AccountView target, Caller.Impersonator impersonator) {
        public Impersonation {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(impersonator, "impersonator");
        }
    }
}
