package io.ordercore.adapter.persistence.contract;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.testing.StorageContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2MoneyContractTest extends MoneyContract {

    @TempDir
    Path dir;

    private final LazyStorage storage = new LazyStorage(() -> StorageContext.h2(dir));

    @Override
    protected PortSet ports() {
        return PortSet.of(storage.context());
    }

    @Override
    protected Tampering tampering() {
        return sqlTampering(storage.bean(Sql.class));
    }

    @AfterAll
    void stop() {
        storage.close();
    }
}
