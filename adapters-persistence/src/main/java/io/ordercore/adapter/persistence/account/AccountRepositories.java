package io.ordercore.adapter.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Repositories of accounts and points. */
final class AccountRepositories {

    private AccountRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AccountRows extends GenericRepository<AccountRow, Long> {
        Optional<AccountRow> findById(Long id);

        Optional<AccountRow> findByEmail(String email);

        boolean existsByRole(String role);

        AccountRow save(AccountRow row);

        AccountRow update(AccountRow row);

        /** Compare-and-set on the version; 0 when someone else changed the account first. */
        @Query("UPDATE account SET version = version + 1 WHERE id = :id AND version = :expected")
        int bumpVersion(long id, long expected);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PointRows extends GenericRepository<PointRow, Long> {
        Optional<PointRow> findById(Long id);

        boolean existsById(Long id);

        List<PointRow> listOrderById();

        Optional<PointRow> findFirstOrderById();

        PointRow save(PointRow row);

        PointRow update(PointRow row);
    }
}
