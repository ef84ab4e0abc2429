package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.StorageContext;

class PostgresOrdersContractTest extends SqlOrdersContract {

    @Override
    protected ApplicationContext startContext() {
        return StorageContext.postgres("orders_contract");
    }
}
