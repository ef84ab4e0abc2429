package io.ordercore.adapter.persistence.ledger;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.shared.Money;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link Ledger} over {@code ledger_movement}, {@code ledger_entry} and {@code ledger_balance}. A
 * posting runs in the caller's transaction and never raises a constraint violation there; whatever
 * it refuses (a repeated key, a client's balance too small) leaves nothing changed, so the caller
 * may go on or roll back as it sees fit.
 */
@Singleton
public final class LedgerPersistenceAdapter implements Ledger {

    private final LedgerRowMapper mapper;
    private final Sql sql;

    LedgerPersistenceAdapter(LedgerRowMapper mapper, Sql sql) {
        this.mapper = mapper;
        this.sql = sql;
    }

    /*
     * The order of work, so that a refusal leaves nothing behind and no two postings deadlock:
     *  1. a repeat is recognised by a plain read of the key, before anything is written;
     *  2. both balance rows are locked in account-key order, the same in every posting (the system's
     *     accounts keep no balance row, see LedgerAccount.keepsBalance, so they lock nothing). A client's
     *     debit IS its lock: the conditional UPDATE (balance >= amount) decides, and when it updates
     *     nothing the answer is INSUFFICIENT with nothing written (the row of the other account, if it
     *     came first, was only created at 0 if missing and locked, not changed). Any other account's
     *     row is created at 0 if missing (ON CONFLICT DO NOTHING) and locked with FOR UPDATE;
     *  3. the movement's key is inserted with ON CONFLICT DO NOTHING, the final arbiter: a posting of
     *     the same key that committed after our read makes it insert nothing, and the client's debit
     *     of step 2 is then credited back (our locks hid it from everyone) before answering DUPLICATE;
     *  4. only then are the other balances moved (their rows are ours already) and the entries written.
     */
    @Override
    public Posted post(Movement m) {
        long amount = mapper.rub(m.amount());
        if (movementExists(m.key())) {
            return Posted.DUPLICATE;
        }
        boolean guardedDebit = !m.from().mayGoNegative();
        List<LedgerAccount> inKeyOrder = Stream.of(m.from(), m.to()).sorted(Comparator.comparing(LedgerAccount::key)).toList();
        for (LedgerAccount account : inKeyOrder) {
            if (guardedDebit && account.equals(m.from())) {
                if (!debitIfCovered(account, amount)) {
                    return Posted.INSUFFICIENT;
                }
            } else if (account.keepsBalance()) {
                lockCreatingIfMissing(account);
            }
        }
        if (!insertMovement(m)) {
            if (guardedDebit) {
                add(m.from(), amount);
            }
            return Posted.DUPLICATE;
        }
        if (!guardedDebit && m.from().keepsBalance()) {
            add(m.from(), -amount);
        }
        if (m.to().keepsBalance()) {
            add(m.to(), amount);
        }
        insertEntry(m, m.from(), -amount);
        insertEntry(m, m.to(), amount);
        return Posted.POSTED;
    }

    @Override
    public Money balance(LedgerAccount account) {
        String query = account.keepsBalance() ? "SELECT balance_minor FROM ledger_balance WHERE account_key = ?"
                : "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entry WHERE account_key = ?";
        return Money.kopecks(sql.run(query, List.of(account.key()),
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                }));
    }

    @Override
    public List<LedgerEntry> entries(LedgerAccount account, long beforeId, int limit) {
        String before = beforeId > 0 ? " AND id < ?" : "";
        List<Object> params = new ArrayList<>(List.of(account.key()));
        if (beforeId > 0) {
            params.add(beforeId);
        }
        params.add(limit);
        return sql.run("SELECT * FROM ledger_entry WHERE account_key = ?" + before + " ORDER BY id DESC LIMIT ?", params,
                statement -> {
                    List<LedgerEntry> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(mapper.toEntry(sql.readEntity(rs, LedgerEntryRow.class)));
                        }
                    }
                    return found;
                });
    }

    private boolean movementExists(String key) {
        return sql.run("SELECT 1 FROM ledger_movement WHERE movement_key = ?", List.of(key), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Takes {@code amount} from a balance that may not go negative, if it holds that much. */
    private boolean debitIfCovered(LedgerAccount account, long amount) {
        return sql.run("UPDATE ledger_balance SET balance_minor = balance_minor - ? WHERE account_key = ? AND balance_minor >= ?",
                List.of(amount, account.key(), amount), PreparedStatement::executeUpdate) == 1;
    }

    private void lockCreatingIfMissing(LedgerAccount account) {
        sql.run("INSERT INTO ledger_balance (account_key, balance_minor) VALUES (?, 0) ON CONFLICT DO NOTHING",
                List.of(account.key()), PreparedStatement::executeUpdate);
        sql.run("SELECT balance_minor FROM ledger_balance WHERE account_key = ? FOR UPDATE", List.of(account.key()),
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next();
                    }
                });
    }

    /** Moves a balance whose row exists and is locked by this transaction. */
    private void add(LedgerAccount account, long amount) {
        sql.run("UPDATE ledger_balance SET balance_minor = balance_minor + ? WHERE account_key = ?",
                List.of(amount, account.key()), PreparedStatement::executeUpdate);
    }

    private boolean insertMovement(Movement m) {
        return sql.run("INSERT INTO ledger_movement (movement_key, cause, cause_ref, at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", List.of(m.key(), m.cause().name(), m.causeRef(), utc(m.at())),
                PreparedStatement::executeUpdate) == 1;
    }

    private void insertEntry(Movement m, LedgerAccount account, long amount) {
        sql.run("INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", List.of(m.key(), account.key(), amount, m.cause().name(), m.causeRef(),
                        utc(m.at())), PreparedStatement::executeUpdate);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
