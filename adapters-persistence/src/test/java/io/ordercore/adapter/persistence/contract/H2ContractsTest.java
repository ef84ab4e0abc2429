package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.testing.StorageContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every storage contract on the embedded default: H2 in PostgreSQL mode, a file database per contract. */
class H2ContractsTest {

    @TempDir
    Path checkDir;

    @Test
    void theseRunOnH2() throws Exception {
        try (LazyStorage storage = new LazyStorage(() -> StorageContext.h2(checkDir))) {
            assertThat(storage.databaseProduct()).isEqualTo("H2");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class AccountsStore extends AccountsContract {

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

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class AuditOutboxStore extends AuditOutboxContract {

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

    @Nested
    class CatalogStore extends SqlCatalogContract {

        @TempDir
        Path dir;

        @Override
        protected ApplicationContext startContext() {
            return StorageContext.h2(dir);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class CouponsStore extends CouponsContract {

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

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class DispatchStore extends DispatchContract {

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

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class IdempotencyKeysStore extends IdempotencyKeysContract {

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

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class MoneyStore extends MoneyContract {

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

    /** The embedded default's engine (H2 in PostgreSQL mode) runs the same migrations and queries. */
    @Nested
    class OrdersStore extends SqlOrdersContract {

        @TempDir
        Path dir;

        @Override
        protected ApplicationContext startContext() {
            return StorageContext.h2(dir);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class PartnersStore extends PartnersContract {

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
}
