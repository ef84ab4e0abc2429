package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.testing.InMemoryCatalog;
import io.ordercore.application.testing.InMemoryIds;
import io.ordercore.application.testing.InMemoryLedger;
import io.ordercore.application.testing.InMemoryOrders;
import io.ordercore.application.testing.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The in-memory fakes (the application's test-jar) honour every storage contract the SQL stores do. */
class InMemoryContractsTest {

    @Test
    void theseAreTheInMemoryFakes() {
        PortSet ports = PortSet.inMemory();
        assertThat(List.of(ports.orders(), ports.coupons(), ports.ledger(), ports.payments()))
                .allSatisfy(port -> assertThat(port.getClass().getPackageName()).isEqualTo("io.ordercore.application.testing"));
    }

    @Nested
    class AccountsStore extends AccountsContract {

        private final PortSet ports = PortSet.inMemory();

        @Override
        protected PortSet ports() {
            return ports;
        }
    }

    @Nested
    class AuditOutboxStore extends AuditOutboxContract {

        private final PortSet ports = PortSet.inMemory();

        @Override
        protected PortSet ports() {
            return ports;
        }
    }

    @Nested
    class CatalogStore extends CatalogContract {

        private final InMemoryStore store = new InMemoryStore();
        private final InMemoryCatalog catalog = new InMemoryCatalog(store);
        private final InMemoryIds ids = new InMemoryIds();

        @Override
        protected Catalog catalog() {
            return catalog;
        }

        @Override
        protected Ids ids() {
            return ids;
        }

        @Override
        protected Transactions transactions() {
            return store;
        }
    }

    @Nested
    class CouponsStore extends CouponsContract {

        private final PortSet ports = PortSet.inMemory();

        @Override
        protected PortSet ports() {
            return ports;
        }
    }

    @Nested
    class DispatchStore extends DispatchContract {

        private final PortSet ports = PortSet.inMemory();

        @Override
        protected PortSet ports() {
            return ports;
        }
    }

    @Nested
    class IdempotencyKeysStore extends IdempotencyKeysContract {

        private final PortSet ports = PortSet.inMemory();

        @Override
        protected PortSet ports() {
            return ports;
        }
    }

    @Nested
    class MoneyStore extends MoneyContract {

        private final PortSet ports = PortSet.inMemory();

        @Override
        protected PortSet ports() {
            return ports;
        }

        @Override
        protected Tampering tampering() {
            return inMemoryTampering((InMemoryLedger) ports.ledger());
        }
    }

    /** The in-memory fake honours the same contract as the SQL stores. */
    @Nested
    class OrdersStore extends OrdersContract {

        private InMemoryStore store = new InMemoryStore();
        private InMemoryOrders orders = new InMemoryOrders(store);
        private final InMemoryIds ids = new InMemoryIds();

        @Override
        protected Orders orders() {
            return orders;
        }

        @Override
        protected Ids ids() {
            return ids;
        }

        @Override
        protected Transactions transactions() {
            return store;
        }

        @Override
        protected void deleteAllOrders() {
            store = new InMemoryStore();
            orders = new InMemoryOrders(store);
        }
    }

    @Nested
    class PartnersStore extends PartnersContract {

        private final PortSet ports = PortSet.inMemory();

        @Override
        protected PortSet ports() {
            return ports;
        }
    }
}
