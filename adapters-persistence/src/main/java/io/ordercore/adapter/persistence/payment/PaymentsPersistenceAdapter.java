package io.ordercore.adapter.persistence.payment;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Payments;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.SavedCard;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
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

/**
 * {@link Payments} over {@code payment} and {@code gateway_log}. A repeated gateway payment is an
 * insert that inserts nothing (ON CONFLICT DO NOTHING on the gateway's id), never a unique violation
 * that would abort the caller's transaction.
 *
 * <p>{@link #log} is a plain insert: it joins the caller's transaction when there is one, so the
 * core calls it outside of the transaction that records the money (no adapter here opens a
 * transaction of its own).
 */
@Singleton
public final class PaymentsPersistenceAdapter implements Payments {

    private final PaymentRowMapper mapper;
    private final Sql sql;

    PaymentsPersistenceAdapter(PaymentRowMapper mapper, Sql sql) {
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public boolean record(Payment payment) {
        PaymentRow r = mapper.toRow(payment);
        return sql.run("INSERT INTO payment (id, order_id, payer_id, kind, gateway, external_id, amount_minor, reference, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                Arrays.asList(r.id(), r.orderId(), r.payerId(), r.kind(), r.gateway(), r.externalId(), r.amountMinor(),
                        r.reference(), utc(r.at())), PreparedStatement::executeUpdate) == 1;
    }

    @Override
    public List<Payment> forOrder(OrderId order) {
        return payments(" WHERE order_id = ? ORDER BY id", List.of(order.value()));
    }

    @Override
    public Money paidFor(OrderId order) {
        return Money.kopecks(sql.run("SELECT COALESCE(SUM(amount_minor), 0) FROM payment WHERE order_id = ?",
                List.of(order.value()), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    @Override
    public Optional<Payment> byGatewayId(String gateway, String externalId) {
        return payments(" WHERE gateway = ? AND external_id = ?", List.of(gateway, externalId)).stream().findFirst();
    }

    @Override
    public List<Payment> list(Query q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        q.from().ifPresent(from -> {
            where.append(" AND at >= ?");
            params.add(utc(from));
        });
        q.to().ifPresent(to -> {
            where.append(" AND at < ?");
            params.add(utc(to));
        });
        q.payer().ifPresent(payer -> {
            where.append(" AND payer_id = ?");
            params.add(payer.value());
        });
        q.gateway().ifPresent(gateway -> {
            where.append(" AND gateway = ?");
            params.add(gateway);
        });
        q.kind().ifPresent(kind -> {
            where.append(" AND kind = ?");
            params.add(kind.name());
        });
        q.minAmountMinor().ifPresent(min -> {
            where.append(" AND amount_minor >= ?");
            params.add(min);
        });
        q.maxAmountMinor().ifPresent(max -> {
            where.append(" AND amount_minor <= ?");
            params.add(max);
        });
        if (q.beforeId() > 0) {
            where.append(" AND id < ?");
            params.add(q.beforeId());
        }
        params.add(q.limit());
        return payments(where + " ORDER BY id DESC LIMIT ?", params);
    }

    @Override
    public void log(LogEntry entry) {
        GatewayLogRow r = mapper.toRow(entry);
        // The id comes from the table's identity; the entry's own is ignored.
        sql.run("INSERT INTO gateway_log (gateway, endpoint, headers, body, verdict, external_id, order_id, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(r.gateway(), r.endpoint(), r.headers(), r.body(), r.verdict(), r.externalId(), r.orderId(),
                        utc(r.at())), PreparedStatement::executeUpdate);
    }

    @Override
    public List<LogEntry> logEntries(Optional<String> gateway, Optional<String> verdict, long beforeId, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        gateway.ifPresent(g -> {
            where.append(" AND gateway = ?");
            params.add(g);
        });
        verdict.ifPresent(v -> {
            where.append(" AND verdict = ?");
            params.add(v);
        });
        if (beforeId > 0) {
            where.append(" AND id < ?");
            params.add(beforeId);
        }
        params.add(limit);
        return sql.run("SELECT * FROM gateway_log" + where + " ORDER BY id DESC LIMIT ?", params, statement -> {
            List<LogEntry> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toEntry(sql.readEntity(rs, GatewayLogRow.class)));
                }
            }
            return found;
        });
    }

    private List<Payment> payments(String whereAndOrder, List<Object> params) {
        return sql.run("SELECT * FROM payment" + whereAndOrder, params, statement -> {
            List<Payment> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toPayment(sql.readEntity(rs, PaymentRow.class)));
                }
            }
            return found;
        });
    }

    /* Replaced by delete-then-insert: H2 has no ON CONFLICT DO UPDATE; two saves at once keep one of them. */
    @Override
    public void saveCard(SavedCard card) {
        sql.run("DELETE FROM saved_card WHERE client_id = ? AND gateway = ?", List.of(card.client().value(), card.gateway()),
                PreparedStatement::executeUpdate);
        sql.run("INSERT INTO saved_card (client_id, gateway, token, from_transaction, saved_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", List.of(card.client().value(), card.gateway(), card.token(),
                        card.fromTransaction(), utc(card.savedAt())), PreparedStatement::executeUpdate);
    }

    @Override
    public Optional<SavedCard> savedCard(AccountId client, String gateway) {
        return sql.run("SELECT token, from_transaction, saved_at FROM saved_card WHERE client_id = ? AND gateway = ?",
                List.of(client.value(), gateway), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(new SavedCard(client, gateway, rs.getString(1), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant())) : Optional.<SavedCard>empty();
                    }
                });
    }

    @Override
    public boolean forgetCard(AccountId client, String gateway) {
        return sql.run("DELETE FROM saved_card WHERE client_id = ? AND gateway = ?", List.of(client.value(), gateway),
                PreparedStatement::executeUpdate) == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
