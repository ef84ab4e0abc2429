package io.ordercore.adapter.persistence.audit;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditEntry.Outcome;
import io.ordercore.application.port.in.AuditEntry.Party;
import io.ordercore.application.port.in.AuditQuery;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link AuditLog} over {@code audit_log}: insert-only, read newest first. */
@Singleton
public final class AuditLogPersistenceAdapter implements AuditLog {

    private final Sql sql;

    AuditLogPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(AuditEntry.Draft d) {
        Optional<Party> imp = d.impersonator();
        sql.run("INSERT INTO audit_log (happened_at, actor_account_id, actor_label, actor_role, impersonator_account_id,"
                        + " impersonator_label, impersonator_role, action, target, outcome, error_code)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(d.at().atOffset(ZoneOffset.UTC),
                        d.actor().account().map(AccountId::value).orElse(null), d.actor().label(),
                        d.actor().role().map(Role::name).orElse(null),
                        imp.flatMap(Party::account).map(AccountId::value).orElse(null),
                        imp.map(Party::label).orElse(null), imp.flatMap(Party::role).map(Role::name).orElse(null),
                        d.action(), d.target(), d.outcome().name(), d.errorCode().orElse(null)),
                PreparedStatement::executeUpdate);
    }

    @Override
    public List<AuditEntry> list(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        q.actor().ifPresent(a -> {
            where.append(" AND (actor_label = ? OR impersonator_label = ?)");
            params.add(a);
            params.add(a);
        });
        q.target().ifPresent(t -> {
            if (t.endsWith(":")) {
                where.append(" AND target LIKE ? ESCAPE '\\'");
                params.add(t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            } else {
                where.append(" AND target = ?");
                params.add(t);
            }
        });
        q.since().ifPresent(s -> {
            where.append(" AND happened_at >= ?");
            params.add(s.atOffset(ZoneOffset.UTC));
        });
        q.beforeId().ifPresent(b -> {
            where.append(" AND id < ?");
            params.add(b);
        });
        params.add(q.limit());
        return sql.run("SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT ?", params, statement -> {
            List<AuditEntry> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(entry(rs));
                }
            }
            return found;
        });
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Party actor = party(rs, "actor");
        Optional<Party> impersonator = rs.getString("impersonator_label") == null ? Optional.empty()
                : Optional.of(party(rs, "impersonator"));
        return new AuditEntry(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class).toInstant(), actor,
                impersonator, rs.getString("action"), rs.getString("target"), Outcome.valueOf(rs.getString("outcome")),
                Optional.ofNullable(rs.getString("error_code")));
    }

    private static Party party(ResultSet rs, String prefix) throws SQLException {
        long account = rs.getLong(prefix + "_account_id");
        Optional<AccountId> id = rs.wasNull() ? Optional.empty() : Optional.of(new AccountId(account));
        return new Party(id, rs.getString(prefix + "_label"),
                Optional.ofNullable(rs.getString(prefix + "_role")).map(Role::valueOf));
    }
}
