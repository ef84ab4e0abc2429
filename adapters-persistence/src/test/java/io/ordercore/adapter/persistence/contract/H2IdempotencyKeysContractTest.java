package io.ordercore.adapter.persistence.contract;

import io.ordercore.adapter.persistence.testing.StorageContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2IdempotencyKeysContractTest extends IdempotencyKeysContract {

    @TempDir
    Path dir;

    private final LazyStorage storage = new LazyStorage(() -> StorageContext.h2(dir));

    @Override
    protected PortSet ports() {
        return PortSet.of(storage.context());
    }

    @AfterAll
    void stop() {
        storage.close();
    }
}
