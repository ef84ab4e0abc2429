package io.ordercore.adapter.persistence.account;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.support.SqlErrors;
import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.EmailTakenException;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.AccountSnapshot;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.Email;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Accounts} over the {@code account} table; the unique index on e-mail decides races. */
@Singleton
public final class AccountsPersistenceAdapter implements Accounts {

    private final AccountRepositories.AccountRows rows;
    private final AccountRowMapper mapper;
    private final Sql sql;

    AccountsPersistenceAdapter(AccountRepositories.AccountRows rows, AccountRowMapper mapper, Sql sql) {
        this.rows = rows;
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return rows.findById(id.value()).map(r -> Account.rehydrate(mapper.toSnapshot(r)));
    }

    @Override
    public Optional<Account> findByEmail(Email email) {
        return rows.findByEmail(email.value()).map(r -> Account.rehydrate(mapper.toSnapshot(r)));
    }

    @Override
    public Account save(Account account) {
        AccountSnapshot s = account.snapshot();
        AccountSnapshot next = new AccountSnapshot(s.id(), s.email(), s.name(), s.role(), s.point(), s.passwordHash(),
                s.credentialsVersion(), s.failedSignIns(), s.lockedUntil(), s.blocked(), s.language(), s.createdAt(),
                s.version() + 1);
        try {
            if (account.isNew()) {
                rows.save(mapper.toRow(next));
            } else {
                if (rows.bumpVersion(s.id().value(), s.version()) != 1) {
                    throw new ConcurrentUpdateException("Account " + s.id());
                }
                rows.update(mapper.toRow(next));
            }
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new EmailTakenException();
            }
            throw e;
        }
        return Account.rehydrate(next);
    }

    @Override
    public List<Account> list(AccountListQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        q.role().ifPresent(r -> {
            where.append(" AND role = ?");
            params.add(r.name());
        });
        q.point().ifPresent(p -> {
            where.append(" AND point_id = ?");
            params.add(p.value());
        });
        q.emailPrefix().ifPresent(p -> {
            where.append(" AND email LIKE ? ESCAPE '\\'");
            params.add(p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        q.afterId().ifPresent(after -> {
            where.append(" AND id > ?");
            params.add(after);
        });
        params.add(q.limit());
        return sql.run("SELECT * FROM account" + where + " ORDER BY id LIMIT ?", params, statement -> {
            List<Account> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(Account.rehydrate(mapper.toSnapshot(sql.readEntity(rs, AccountRow.class))));
                }
            }
            return found;
        });
    }

    @Override
    public void lock(AccountId id) {
        sql.run("SELECT id FROM account WHERE id = ? FOR UPDATE", List.of(id.value()), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public boolean anyWithRole(Role role) {
        return rows.existsByRole(role.name());
    }
}
