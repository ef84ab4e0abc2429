package io.ordercore.adapter.persistence.support;

import io.ordercore.application.port.out.Settings;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** {@link Settings} over the {@code setting} table. */
@Singleton
public final class SettingsPersistenceAdapter implements Settings {

    private final Sql sql;

    SettingsPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> get(String key) {
        return sql.run("SELECT setting_value FROM setting WHERE name = ?", List.of(key), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public void put(String key, String value) {
        int updated = sql.run("UPDATE setting SET setting_value = ? WHERE name = ?", List.of(value, key),
                PreparedStatement::executeUpdate);
        if (updated == 0) {
            sql.run("INSERT INTO setting (name, setting_value) VALUES (?, ?) ON CONFLICT DO NOTHING", List.of(key, value),
                    PreparedStatement::executeUpdate);
        }
    }
}
