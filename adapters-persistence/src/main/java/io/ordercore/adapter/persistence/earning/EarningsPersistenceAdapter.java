package io.ordercore.adapter.persistence.earning;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.shared.Money;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link Earnings} over {@code earning_entry} and {@code payout_request}. The balance is never
 * stored: it is the entries' sum minus the payouts that hold their amount, computed on read. A
 * payout request checks it in the caller's transaction, which has locked the payee's account row,
 * so a payee's requests are checked one after the other.
 */
@Singleton
public final class EarningsPersistenceAdapter implements Earnings {

    /** The statuses whose amount is taken from the balance, as the domain says. */
    private static final String HOLDING = Stream.of(PayoutStatus.values()).filter(PayoutStatus::holdsAmount)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private final EarningRowMapper mapper;
    private final Sql sql;

    EarningsPersistenceAdapter(EarningRowMapper mapper, Sql sql) {
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public boolean append(EarningEntry entry) {
        EarningEntryRow r = mapper.toRow(entry);
        return sql.run("INSERT INTO earning_entry (id, operator_id, order_id, kind, amount_minor, entry_key, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                List.of(r.id(), r.operatorId(), r.orderId(), r.kind(), r.amountMinor(), r.entryKey(), utc(r.at())),
                PreparedStatement::executeUpdate) == 1;
    }

    @Override
    public List<EarningEntry> entries(AccountId operator, int limit) {
        return sql.run("SELECT * FROM earning_entry WHERE operator_id = ? ORDER BY at DESC, id DESC LIMIT ?",
                List.of(operator.value(), limit), statement -> {
                    List<EarningEntry> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(mapper.toEntry(sql.readEntity(rs, EarningEntryRow.class)));
                        }
                    }
                    return found;
                });
    }

    @Override
    public Money available(AccountId operator) {
        return Money.kopecks(sql.run("SELECT (SELECT COALESCE(SUM(amount_minor), 0) FROM earning_entry WHERE operator_id = ?)"
                        + " - (SELECT COALESCE(SUM(amount_minor), 0) FROM payout_request WHERE payee_id = ? AND status IN "
                        + HOLDING + ")",
                List.of(operator.value(), operator.value()), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    @Override
    public Optional<PayoutRequest> requestPayout(PayoutRequest request) {
        PayoutRequestRow r = mapper.toRow(request);
        if (r.amountMinor() > available(request.payee()).minor()) {
            return Optional.empty();
        }
        storePayout(request);
        return Optional.of(request);
    }

    @Override
    public void storePayout(PayoutRequest request) {
        PayoutRequestRow r = mapper.toRow(request);
        sql.run("INSERT INTO payout_request (id, payee_id, amount_minor, status, created_at, updated_at, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(r.id(), r.payeeId(), r.amountMinor(), r.status(), utc(r.createdAt()), utc(r.updatedAt()), r.note()),
                PreparedStatement::executeUpdate);
    }

    @Override
    public Optional<PayoutRequest> payout(long id) {
        return payouts(" WHERE id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public List<PayoutRequest> payouts(Optional<AccountId> payee, Optional<PayoutStatus> status, long beforeId, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        payee.ifPresent(p -> {
            where.append(" AND payee_id = ?");
            params.add(p.value());
        });
        status.ifPresent(s -> {
            where.append(" AND status = ?");
            params.add(s.name());
        });
        if (beforeId > 0) {
            where.append(" AND id < ?");
            params.add(beforeId);
        }
        params.add(limit);
        return payouts(where + " ORDER BY id DESC LIMIT ?", params);
    }

    @Override
    public boolean setPayoutStatus(long id, PayoutStatus from, PayoutStatus to, Instant at, Optional<String> note) {
        // Without a new note the one already there stays.
        String setNote = note.isPresent() ? ", note = ?" : "";
        List<Object> params = new ArrayList<>(List.of(to.name(), utc(at)));
        note.ifPresent(params::add);
        params.addAll(List.of(id, from.name()));
        return sql.run("UPDATE payout_request SET status = ?, updated_at = ?" + setNote + " WHERE id = ? AND status = ?",
                params, PreparedStatement::executeUpdate) == 1;
    }

    @Override
    public long countPayouts(PayoutStatus status) {
        return sql.run("SELECT COUNT(*) FROM payout_request WHERE status = ?", List.of(status.name()), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<PayoutRequest> payouts(String whereAndOrder, List<Object> params) {
        return sql.run("SELECT * FROM payout_request" + whereAndOrder, params, statement -> {
            List<PayoutRequest> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toPayout(sql.readEntity(rs, PayoutRequestRow.class)));
                }
            }
            return found;
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
