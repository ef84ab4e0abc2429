package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.StorageContext;

class PostgresCatalogContractTest extends SqlCatalogContract {

    @Override
    protected ApplicationContext startContext() {
        return StorageContext.postgres("catalog_contract");
    }
}
