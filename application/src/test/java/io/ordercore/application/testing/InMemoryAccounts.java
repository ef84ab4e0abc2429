package io.ordercore.application.testing;

import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.EmailTakenException;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.AccountSnapshot;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.Email;
import java.util.List;
import java.util.Optional;

/** {@link Accounts} over {@link InMemoryStore}: unique e-mails, optimistic versions. */
public final class InMemoryAccounts implements Accounts {

    private final InMemoryStore store;

    public InMemoryAccounts(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return store.locked(s -> Optional.ofNullable(s.accounts.get(id)).map(Account::rehydrate));
    }

    @Override
    public Optional<Account> findByEmail(Email email) {
        return store.locked(s -> s.accounts.values().stream().filter(a -> a.email().equals(email)).findFirst()
                .map(Account::rehydrate));
    }

    @Override
    public Account save(Account account) {
        return store.locked(s -> {
            AccountSnapshot current = s.accounts.get(account.id());
            long stored = current == null ? 0 : current.version();
            if (stored != account.version()) {
                throw new ConcurrentUpdateException("Account " + account.id());
            }
            boolean taken = s.accounts.values().stream()
                    .anyMatch(a -> a.email().equals(account.email()) && !a.id().equals(account.id()));
            if (taken) {
                throw new EmailTakenException();
            }
            AccountSnapshot a = account.snapshot();
            AccountSnapshot saved = new AccountSnapshot(a.id(), a.email(), a.name(), a.role(), a.point(), a.passwordHash(),
                    a.credentialsVersion(), a.failedSignIns(), a.lockedUntil(), a.blocked(), a.language(), a.createdAt(),
                    stored + 1);
            s.accounts.put(a.id(), saved);
            return Account.rehydrate(saved);
        });
    }

    @Override
    public List<Account> list(AccountListQuery q) {
        return store.locked(s -> s.accounts.values().stream()
                .filter(a -> q.role().map(r -> r == a.role()).orElse(true))
                .filter(a -> q.point().map(p -> a.point().filter(p::equals).isPresent()).orElse(true))
                .filter(a -> q.emailPrefix().map(p -> a.email().value().startsWith(p)).orElse(true))
                .filter(a -> q.afterId().map(after -> a.id().value() > after).orElse(true))
                .limit(q.limit())
                .map(Account::rehydrate)
                .toList());
    }

    @Override
    public void lock(AccountId id) {
        // the store's one lock already serialises every transaction
    }

    @Override
    public boolean anyWithRole(Role role) {
        return store.locked(s -> s.accounts.values().stream().anyMatch(a -> a.role() == role));
    }
}
