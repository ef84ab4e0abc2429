package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import java.util.List;

/**
 * Accounts as staff manage them. Administrators do everything; supervisors create clients and
 * point managers; point managers create clients of their own point and see their point's accounts;
 * site managers see everyone. Accounts out of the caller's sight answer not found.
 */
public interface ManageAccountsUseCase {

    /**
     * Opens an account. Without a password one is generated and e-mailed to the new user.
     *
     * @throws AccessDeniedException when the caller may not create accounts of that role or point
     */
    AccountView create(Caller caller, NewAccountForm form);

    /**
     * Seeds the very first administrator (no caller needed): refused once any ADMIN exists.
     *
     * @throws AdminExistsException when an administrator already exists
     */
    AccountView createFirstAdmin(String email, String name, String password);

    List<AccountView> list(Caller caller, AccountListQuery query);

    AccountView get(Caller caller, AccountId id);

    /** Administrators only; a client or point manager needs a point, others none. */
    AccountView setRole(Caller caller, AccountId id, String role, Long pointId);

    /** Administrators only: no sign-in and every token refused until unblocked. */
    AccountView block(Caller caller, AccountId id);

    AccountView unblock(Caller caller, AccountId id);

    /** An account as staff enter it; {@code password} may be empty (then generated and e-mailed). */
    record NewAccountForm(String email, String name, String role, Long pointId, String password, String language) {
    }

    /** There is an administrator already; seeding is for an empty installation only. */
    final class AdminExistsException extends io.ordercore.domain.shared.DomainException {
        public AdminExistsException() {
            super(Kind.CONFLICT, "ADMIN_EXISTS", "An administrator exists already; sign in as them to create accounts");
        }
    }
}
