package io.ordercore.adapter.persistence.contract;

import io.micronaut.context.ApplicationContext;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.application.port.out.CallResults;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.IdempotencyKeys;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.application.port.out.Partners;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Points;
import io.ordercore.application.port.out.RevokedTokens;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.application.port.out.Settings;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.testing.InMemoryCallResults;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.InMemoryDispatches;
import io.ordercore.application.testing.InMemoryEarnings;
import io.ordercore.application.testing.InMemoryIdempotencyKeys;
import io.ordercore.application.testing.InMemoryIntegrityChecks;
import io.ordercore.application.testing.InMemoryLedger;
import io.ordercore.application.testing.InMemoryOperators;
import io.ordercore.application.testing.InMemoryPartners;
import io.ordercore.application.testing.InMemoryPayments;
import io.ordercore.application.testing.InMemoryReviews;
import java.time.Clock;

/** The storage ports a contract exercises, from the in-memory fakes or from a real database. */
record PortSet(Accounts accounts, Points points, RevokedTokens revokedTokens, AuditLog auditLog, Outbox outbox, Ids ids,
               Transactions transactions, Coupons coupons, Settings settings, Orders orders, Operators operators,
               Dispatches dispatches, CallResults callResults, Reviews reviews, Earnings earnings, Payments payments,
               Ledger ledger, IntegrityChecks integrityChecks, IdempotencyKeys idempotencyKeys, Partners partners) {

    static PortSet inMemory() {
        InMemoryCore core = new InMemoryCore(Clock.systemUTC());
        // The fakes past the core's own are built here on its store, so they share its orders and transactions.
        return new PortSet(core.accounts, core.points, core.revokedTokens, core.audit, core.outbox, core.ids, core.store,
                core.coupons, core.settings, core.orders, new InMemoryOperators(core.store), new InMemoryDispatches(core.store),
                new InMemoryCallResults(core.store), new InMemoryReviews(core.store), new InMemoryEarnings(core.store),
                new InMemoryPayments(core.store), new InMemoryLedger(core.store), new InMemoryIntegrityChecks(core.store),
                new InMemoryIdempotencyKeys(core.store), new InMemoryPartners(core.store));
    }

    static PortSet of(ApplicationContext context) {
        return new PortSet(context.getBean(Accounts.class), context.getBean(Points.class),
                context.getBean(RevokedTokens.class), context.getBean(AuditLog.class), context.getBean(Outbox.class),
                context.getBean(Ids.class), context.getBean(Transactions.class), context.getBean(Coupons.class),
                context.getBean(Settings.class), context.getBean(Orders.class), context.getBean(Operators.class),
                context.getBean(Dispatches.class), context.getBean(CallResults.class), context.getBean(Reviews.class),
                context.getBean(Earnings.class), context.getBean(Payments.class), context.getBean(Ledger.class),
                context.getBean(IntegrityChecks.class), context.getBean(IdempotencyKeys.class), context.getBean(Partners.class));
    }
}
