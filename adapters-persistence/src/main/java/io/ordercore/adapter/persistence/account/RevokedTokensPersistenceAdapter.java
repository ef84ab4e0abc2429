package io.ordercore.adapter.persistence.account;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.RevokedTokens;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** {@link RevokedTokens} over {@code revoked_token}; expired rows are dropped as new ones arrive. */
@Singleton
public final class RevokedTokensPersistenceAdapter implements RevokedTokens {

    private final Sql sql;

    RevokedTokensPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        sql.run("DELETE FROM revoked_token WHERE expires_at < ?", List.of(Instant.now().atOffset(ZoneOffset.UTC)),
                PreparedStatement::executeUpdate);
        sql.run("INSERT INTO revoked_token (token_id, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                List.of(tokenId, expiresAt.atOffset(ZoneOffset.UTC)), PreparedStatement::executeUpdate);
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return sql.run("SELECT 1 FROM revoked_token WHERE token_id = ?", List.of(tokenId), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
    }
}
