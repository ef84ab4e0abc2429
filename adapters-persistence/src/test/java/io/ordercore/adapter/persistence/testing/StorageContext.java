package io.ordercore.adapter.persistence.testing;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A Micronaut context holding only the persistence adapter, migrated, on a fresh PostgreSQL schema
 * or a fresh H2 database in PostgreSQL mode (the embedded default's engine).
 */
public final class StorageContext {

    private StorageContext() {
    }

    public static ApplicationContext postgres(String hint) {
        return start(TestDatabase.newSchema(hint).properties());
    }

    /** An H2 file database in {@code dir}, opened exactly as the embedded default opens it. */
    public static ApplicationContext h2(Path dir) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("ordercore").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        props.put("datasources.default.driver-class-name", "org.h2.Driver");
        props.put("datasources.default.dialect", "POSTGRES");
        props.put("flyway.datasources.default.enabled", true);
        return start(props);
    }

    /** A context on an existing schema, e.g. a second "instance" sharing the first one's database. */
    public static ApplicationContext on(TestDatabase.Schema schema) {
        return start(schema.properties());
    }

    private static ApplicationContext start(Map<String, Object> datasource) {
        Map<String, Object> props = new HashMap<>(datasource);
        props.put("micronaut.application.name", "ordercore-persistence-test");
        return ApplicationContext.run(props, "test");
    }
}
