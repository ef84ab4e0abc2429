package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.order.OrdersPersistenceAdapter;
import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The contract against a real database through the persistence adapter's beans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlOrdersContract extends OrdersContract {

    private final LazyStorage storage = new LazyStorage(this::startContext);

    protected abstract ApplicationContext startContext();

    @AfterAll
    void stop() {
        storage.close();
    }

    @Test
    void theContractRunsOnTheSqlAdapter() {
        assertThat(orders()).as("the store under test is the SQL adapter, not a fake").isInstanceOf(OrdersPersistenceAdapter.class);
    }

    @Override
    protected Orders orders() {
        return storage.bean(Orders.class);
    }

    @Override
    protected Ids ids() {
        return storage.ids();
    }

    @Override
    protected Transactions transactions() {
        return storage.transactions();
    }

    @Override
    protected void deleteAllOrders() {
        storage.bean(Sql.class).run("DELETE FROM orders", List.of(), PreparedStatement::executeUpdate);
    }
}
