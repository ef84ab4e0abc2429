package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.StorageContext;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2CatalogContractTest extends SqlCatalogContract {

    @TempDir
    Path dir;

    @Override
    protected ApplicationContext startContext() {
        return StorageContext.h2(dir);
    }
}
