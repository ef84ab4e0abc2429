package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.testing.StorageContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every storage contract on PostgreSQL (the machine's, or an embedded one); each contract in its own schema. */
class PostgresContractsTest {

    @Test
    void theseRunOnPostgreSql() throws Exception {
        try (LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("store_check"))) {
            assertThat(storage.databaseProduct()).isEqualTo("PostgreSQL");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class AccountsStore extends AccountsContract {

        private final LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("accounts_contract"));

        @Override
        protected PortSet ports() {
            return PortSet.of(storage.context());
        }

        @AfterAll
        void stop() {
            storage.close();
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class AuditOutboxStore extends AuditOutboxContract {

        private final LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("auditoutbox_contract"));

        @Override
        protected PortSet ports() {
            return PortSet.of(storage.context());
        }

        @AfterAll
        void stop() {
            storage.close();
        }
    }

    @Nested
    class CatalogStore extends SqlCatalogContract {

        @Override
        protected ApplicationContext startContext() {
            return StorageContext.postgres("catalog_contract");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class CouponsStore extends CouponsContract {

        private final LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("coupons_contract"));

        @Override
        protected PortSet ports() {
            return PortSet.of(storage.context());
        }

        @AfterAll
        void stop() {
            storage.close();
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class DispatchStore extends DispatchContract {

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

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class IdempotencyKeysStore extends IdempotencyKeysContract {

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

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class MoneyStore extends MoneyContract {

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

    @Nested
    class OrdersStore extends SqlOrdersContract {

        @Override
        protected ApplicationContext startContext() {
            return StorageContext.postgres("orders_contract");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class PartnersStore extends PartnersContract {

        private final LazyStorage storage = new LazyStorage(() -> StorageContext.postgres("partners_contract"));

        @Override
        protected PortSet ports() {
            return PortSet.of(storage.context());
        }

        @AfterAll
        void stop() {
            storage.close();
        }
    }
}
