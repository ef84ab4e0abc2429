package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.support.Sql;
import java.sql.PreparedStatement;
import java.util.List;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The contract against a real database through the persistence adapter's beans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlOrdersContract extends OrdersContract {

    private ApplicationContext context;

    protected abstract ApplicationContext startContext();

    private ApplicationContext context() {
        if (context == null) {
            context = startContext();
        }
        return context;
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    protected Orders orders() {
        return context().getBean(Orders.class);
    }

    @Override
    protected Ids ids() {
        return context().getBean(Ids.class);
    }

    @Override
    protected Transactions transactions() {
        return context().getBean(Transactions.class);
    }

    @Override
    protected void deleteAllOrders() {
        context().getBean(Sql.class).run("DELETE FROM orders", List.of(), PreparedStatement::executeUpdate);
    }
}
