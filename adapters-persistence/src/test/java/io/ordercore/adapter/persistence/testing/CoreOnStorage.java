package io.ordercore.adapter.persistence.testing;

import io.micronaut.context.ApplicationContext;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.CallResults;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.NotificationSender;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.application.port.out.Points;
import io.ordercore.application.port.out.RevokedTokens;
import io.ordercore.application.port.out.Settings;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.application.testing.TestPasswordHasher;
import java.time.Clock;

/** The whole core on a storage context's real ports, for race tests through the use cases. */
public final class CoreOnStorage {

    private CoreOnStorage() {
    }

    public static Ordercore of(ApplicationContext c, Clock clock, NotificationSender sender) {
        return new Ordercore(new Ordercore.Ports(c.getBean(Orders.class), c.getBean(Catalog.class), c.getBean(Ids.class),
                c.getBean(Transactions.class), new SimplePhoneNumbers(), clock, c.getBean(Accounts.class),
                c.getBean(Points.class), new TestPasswordHasher(), c.getBean(RevokedTokens.class), c.getBean(AuditLog.class),
                c.getBean(Outbox.class), sender, c.getBean(Coupons.class), c.getBean(Settings.class),
                new Ordercore.Fulfilment(c.getBean(Operators.class), c.getBean(Dispatches.class),
                        c.getBean(CallResults.class), c.getBean(Reviews.class), c.getBean(Earnings.class)),
                new Ordercore.Finance(c.getBean(Payments.class), c.getBean(Ledger.class), c.getBean(IntegrityChecks.class),
                        java.util.List.of(), c.getBean(io.ordercore.application.port.out.IdempotencyKeys.class)),
                new Ordercore.Partnership(c.getBean(io.ordercore.application.port.out.Partners.class),
                        "https://ordercore.example")));
    }
}
