package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.StorageContext;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default's engine (H2 in PostgreSQL mode) runs the same migrations and queries. */
class H2OrdersContractTest extends SqlOrdersContract {

    @TempDir
    Path dir;

    @Override
    protected ApplicationContext startContext() {
        return StorageContext.h2(dir);
    }
}
