package io.ordercore.adapter.persistence.contract;

import io.ordercore.adapter.persistence.testing.StorageContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDispatchContractTest extends DispatchContract {

    private final LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("dispatch_contract"));

    @Override
    protected PortSet ports() {
        return PortSet.of(storage.context());
    }

    @AfterAll
    void stop() {
        storage.close();
    }
}
