package io.ordercore.adapter.persistence.contract;

import io.ordercore.adapter.persistence.testing.StorageContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIdempotencyKeysContractTest extends IdempotencyKeysContract {

    private final LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("idempotency_contract"));

    @Override
    protected PortSet ports() {
        return PortSet.of(storage.context());
    }

    @AfterAll
    void stop() {
        storage.close();
    }
}
