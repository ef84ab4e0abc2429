package io.ordercore.adapter.persistence.idempotency;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.IdempotencyKeys;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@link IdempotencyKeys} over {@code idempotency_key}. A claim is an {@code INSERT ... ON
 * CONFLICT DO NOTHING}: the primary key lets exactly one concurrent insert through and never
 * raises a unique violation, so a claim made inside a transaction does not spoil it. Completing
 * and releasing touch only a row still {@code IN_PROGRESS}.
 */
@Singleton
public final class IdempotencyKeysPersistenceAdapter implements IdempotencyKeys {

    /** A key released between our failed insert and our read is claimed again; this bounds how often. */
    private static final int CLAIM_ATTEMPTS = 3;

    private final Sql sql;

    IdempotencyKeysPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Stored> claim(String scope, String key, String requestHash, Instant now) {
        for (int attempt = 1; ; attempt++) {
            int inserted = sql.run("INSERT INTO idempotency_key (scope, idem_key, request_hash, status, created_at)"
                            + " VALUES (?, ?, ?, 'IN_PROGRESS', ?) ON CONFLICT DO NOTHING",
                    List.of(scope, key, requestHash, now.atOffset(ZoneOffset.UTC)), PreparedStatement::executeUpdate);
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<Stored> found = find(scope, key);
            if (found.isPresent() || attempt == CLAIM_ATTEMPTS) {
                return found.or(() -> Optional.of(new Stored(requestHash, Status.IN_PROGRESS, Optional.empty(), now)));
            }
        }
    }

    private Optional<Stored> find(String scope, String key) {
        return sql.run("SELECT request_hash, status, reply_status, reply_content_type, reply_body, created_at"
                + " FROM idempotency_key WHERE scope = ? AND idem_key = ?", List.of(scope, key), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        Status status = Status.valueOf(rs.getString("status"));
                        Optional<Reply> reply = status == Status.DONE
                                ? Optional.of(new Reply(rs.getInt("reply_status"), rs.getString("reply_content_type"),
                                        rs.getString("reply_body")))
                                : Optional.empty();
                        return Optional.of(new Stored(rs.getString("request_hash"), status, reply,
                                rs.getObject("created_at", OffsetDateTime.class).toInstant()));
                    }
                });
    }

    @Override
    public void complete(String scope, String key, Reply reply) {
        sql.run("UPDATE idempotency_key SET status = 'DONE', reply_status = ?, reply_content_type = ?, reply_body = ?"
                        + " WHERE scope = ? AND idem_key = ? AND status = 'IN_PROGRESS'",
                List.of(reply.status(), reply.contentType(), reply.body(), scope, key), PreparedStatement::executeUpdate);
    }

    @Override
    public void release(String scope, String key) {
        sql.run("DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND status = 'IN_PROGRESS'",
                List.of(scope, key), PreparedStatement::executeUpdate);
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return sql.run("DELETE FROM idempotency_key WHERE created_at < ?", List.of(cutoff.atOffset(ZoneOffset.UTC)),
                PreparedStatement::executeUpdate);
    }
}
