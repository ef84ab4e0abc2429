package io.ordercore.adapter.persistence.contract;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.testing.StorageContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresMoneyContractTest extends MoneyContract {

    private final LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("money_contract"));

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
