package io.ordercore.adapter.persistence.notification;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxMessage.Status;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.Email;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Outbox} over {@code notification_outbox} and {@code notification_param}. Claims lock the
 * due rows with FOR UPDATE SKIP LOCKED, so concurrent dispatchers (threads or instances) each get
 * different rows; a claim is a lease, and a row whose lease ran out is due again.
 */
@Singleton
public final class OutboxPersistenceAdapter implements Outbox {

    /** Rows per INSERT of parameters: 4 bind values each, far below PostgreSQL's 32767/65535 limit. */
    static final int MAX_PARAM_ROWS_PER_INSERT = 1000;

    private final Sql sql;

    OutboxPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void enqueue(Notification n, Instant now) {
        long id = sql.run("SELECT nextval('notification_id_seq')", List.of(), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        sql.run("INSERT INTO notification_outbox (id, type, recipient, language, status, attempts, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                List.of(id, n.type().name(), n.recipient().value(), n.language().name(), utc(now), utc(now)),
                PreparedStatement::executeUpdate);
        insertParams(id, n.params(), n.secretParams());
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil) {
        List<Long> ids = sql.run("SELECT id FROM notification_outbox WHERE (status = 'PENDING' AND next_attempt_at <= ?)"
                        + " OR (status = 'SENDING' AND next_attempt_at < ?) ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                List.of(utc(now), utc(now), limit), statement -> {
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                    return found;
                });
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(utc(leaseUntil));
        params.addAll(ids);
        sql.run("UPDATE notification_outbox SET status = 'SENDING', next_attempt_at = ? WHERE id IN (" + marks(ids.size()) + ")",
                params, PreparedStatement::executeUpdate);
        return load(" WHERE id IN (" + marks(ids.size()) + ") ORDER BY id", new ArrayList<>(ids), true);
    }

    @Override
    public void markSent(long id, Instant at) {
        sql.run("UPDATE notification_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ? WHERE id = ?",
                List.of(utc(at), id), PreparedStatement::executeUpdate);
        sql.run("DELETE FROM notification_param WHERE notification_id = ? AND secret = TRUE", List.of(id),
                PreparedStatement::executeUpdate);
    }

    @Override
    public void markFailed(long id, String error, Optional<Instant> retryAt) {
        String text = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (retryAt.isPresent()) {
            sql.run("UPDATE notification_outbox SET status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?,"
                    + " last_error = ? WHERE id = ?", List.of(utc(retryAt.get()), text, id), PreparedStatement::executeUpdate);
        } else {
            sql.run("UPDATE notification_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?",
                    List.of(text, id), PreparedStatement::executeUpdate);
        }
    }

    @Override
    public List<OutboxMessage> list(OutboxQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        q.status().ifPresent(s -> {
            where.append(" AND status = ?");
            params.add(s.name());
        });
        q.recipient().ifPresent(r -> {
            where.append(" AND recipient = ?");
            params.add(r);
        });
        q.beforeId().ifPresent(b -> {
            where.append(" AND id < ?");
            params.add(b);
        });
        params.add(q.limit());
        return load(where + " ORDER BY id DESC LIMIT ?", params, false);
    }

    @Override
    public boolean retry(long id, Instant now) {
        return sql.run("UPDATE notification_outbox SET status = 'PENDING', next_attempt_at = ? WHERE id = ? AND status = 'FAILED'",
                List.of(utc(now), id), PreparedStatement::executeUpdate) == 1;
    }

    private List<OutboxMessage> load(String whereAndOrder, List<Object> params, boolean withSecrets) {
        List<OutboxMessage> rows = sql.run("SELECT * FROM notification_outbox" + whereAndOrder, params, statement -> {
            List<OutboxMessage> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(message(rs, Map.of(), Map.of()));
                }
            }
            return found;
        });
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, String>> plain = new HashMap<>();
        Map<Long, Map<String, String>> secret = new HashMap<>();
        List<Object> ids = new ArrayList<>(rows.stream().map(OutboxMessage::id).toList());
        sql.run("SELECT notification_id, name, param_value, secret FROM notification_param WHERE notification_id IN ("
                + marks(ids.size()) + ")" + (withSecrets ? "" : " AND secret = FALSE"), ids, statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            (rs.getBoolean(4) ? secret : plain).computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                    .put(rs.getString(2), rs.getString(3));
                        }
                    }
                    return null;
                });
        return rows.stream().map(m -> {
            Notification n = m.notification();
            return new OutboxMessage(m.id(), new Notification(n.type(), n.recipient(), n.language(),
                    plain.getOrDefault(m.id(), Map.of()), secret.getOrDefault(m.id(), Map.of())), m.status(), m.attempts(),
                    m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.lastError());
        }).toList();
    }

    /**
     * Writes all of a message's parameters, plain and secret, with one multi-row INSERT (a statement
     * per parameter made them most of an order's statements). Very large maps are split so that a
     * statement stays far below the drivers' bind-parameter limits.
     */
    private void insertParams(long id, Map<String, String> plain, Map<String, String> secret) {
        List<Object> values = new ArrayList<>();
        addParamRows(values, id, plain, false);
        addParamRows(values, id, secret, true);
        int perRow = 4;
        for (int from = 0; from < values.size(); from += MAX_PARAM_ROWS_PER_INSERT * perRow) {
            List<Object> chunk = values.subList(from, Math.min(values.size(), from + MAX_PARAM_ROWS_PER_INSERT * perRow));
            sql.run("INSERT INTO notification_param (notification_id, name, param_value, secret) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size() / perRow, "(?, ?, ?, ?)")), chunk,
                    PreparedStatement::executeUpdate);
        }
    }

    private static void addParamRows(List<Object> values, long id, Map<String, String> params, boolean secret) {
        for (Map.Entry<String, String> p : params.entrySet()) {
            values.addAll(Arrays.asList(id, p.getKey(), p.getValue(), secret));
        }
    }

    private static OutboxMessage message(ResultSet rs, Map<String, String> params, Map<String, String> secrets)
            throws SQLException {
        Notification n = new Notification(NotificationType.valueOf(rs.getString("type")), new Email(rs.getString("recipient")),
                Language.valueOf(rs.getString("language")), params, secrets);
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new OutboxMessage(rs.getLong("id"), n, Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(sent).map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString("last_error")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
