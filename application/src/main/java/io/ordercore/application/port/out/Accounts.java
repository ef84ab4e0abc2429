package io.ordercore.application.port.out;

import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.Email;
import java.util.List;
import java.util.Optional;

/** Storage of accounts. E-mails are unique (they are stored lower-case). */
public interface Accounts {

    Optional<Account> find(AccountId id);

    Optional<Account> findByEmail(Email email);

    /**
     * Stores a new account or the changes of a loaded one.
     *
     * @return the account as stored, with its new version
     * @throws EmailTakenException when another account already has the e-mail
     * @throws ConcurrentUpdateException when the account changed since it was loaded
     */
    Account save(Account account);

    /** Accounts matching the query, by id. */
    List<Account> list(AccountListQuery query);

    boolean anyWithRole(Role role);

    /**
     * Locks the account's row until the caller's transaction ends, to serialise per-client counts
     * (a client's every second paid order) across concurrent payments and instances.
     */
    void lock(AccountId id);
}
