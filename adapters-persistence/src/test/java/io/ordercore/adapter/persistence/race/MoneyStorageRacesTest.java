package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.Ledger.Posted;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;

/**
 * The money storage under races on real PostgreSQL, through the ports in transactions of their own,
 * as the services use them: one gateway notification delivered many times at once, and clients
 * spending their balances on each other concurrently. Each race runs several times; the outcome
 * counts are published as test report entries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoneyStorageRacesTest {

    private final Instant now = Instant.parse("2026-11-23T06:00:00.000001Z");
    private ApplicationContext context;
    private Transactions transactions;
    private Ids ids;
    private Payments payments;
    private Ledger ledger;
    private IntegrityChecks checks;

    @BeforeAll
    void start() {
        context = StorageContext.postgres("money_races");
        transactions = context.getBean(Transactions.class);
        ids = context.getBean(Ids.class);
        payments = context.getBean(Payments.class);
        ledger = context.getBean(Ledger.class);
        checks = context.getBean(IntegrityChecks.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @RepeatedTest(3)
    void twoHundredDeliveriesOfOneGatewayPaymentRecordItAndItsMovementOnce(TestReporter report) throws Exception {
        OrderId order = ids.nextOrderId();
        String externalId = "race-" + UUID.randomUUID();
        AtomicInteger recorded = new AtomicInteger();

        Map<String, Integer> outcomes = Race.run(200, i -> () -> transactions.inTransaction(() -> {
            long id = ids.nextPaymentId();
            Payment payment = new Payment(id, order, Optional.empty(), PaymentKind.GATEWAY, Optional.of("paymaster"),
                    Optional.of(externalId), Money.roubles(700), Optional.empty(), now);
            if (!payments.record(payment)) {
                return false;
            }
            recorded.incrementAndGet();
            return ledger.post(new Movement("payment:" + id, LedgerAccount.GATEWAY_CLEARING, LedgerAccount.SALES,
                    payment.amount(), Cause.ORDER_PAYMENT, String.valueOf(order.value()), now)) == Posted.POSTED;
        }));

        assertThat(outcomes).as("no transaction failed").containsExactlyEntriesOf(Map.of("OK", 200));
        assertThat(recorded).hasValue(1);
        assertThat(count("SELECT COUNT(*) FROM payment WHERE external_id = ?", externalId)).isEqualTo(1);
        long id = payments.byGatewayId("paymaster", externalId).orElseThrow().id();
        assertThat(count("SELECT COUNT(*) FROM ledger_movement WHERE cause_ref = ?", String.valueOf(order.value())))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE movement_key = ?", "payment:" + id)).isEqualTo(2);
        assertThat(payments.paidFor(order)).isEqualTo(Money.roubles(700));
        assertThat(checks.paymentsWithoutEntries()).isEmpty();
        assertThat(checks.unbalancedMovements()).isEmpty();
        report.publishEntry("deliveries", "200 delivered, " + recorded.get() + " recorded");
    }

    @RepeatedTest(3)
    void eightThreadsOfRandomTransfersNeverOverdrawAndKeepEveryBalanceEqualToItsEntries(TestReporter report)
            throws Exception {
        List<LedgerAccount> clients = new ArrayList<>();
        transactions.inTransaction(() -> {
            for (int i = 0; i < 50; i++) {
                LedgerAccount client = LedgerAccount.clientPoints(ids.nextAccountId());
                clients.add(client);
                assertThat(ledger.post(new Movement("fund:" + client.key(), LedgerAccount.ADJUSTMENTS, client,
                        Money.kopecks(10_000), Cause.ADJUSTMENT, "race", now))).isEqualTo(Posted.POSTED);
            }
            return null;
        });
        String run = UUID.randomUUID().toString();
        Map<Posted, AtomicInteger> posted = new EnumMap<>(Posted.class);
        for (Posted p : Posted.values()) {
            posted.put(p, new AtomicInteger());
        }

        Map<String, Integer> outcomes = Race.run(8, thread -> () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < 500; i++) {
                LedgerAccount from = clients.get(random.nextInt(clients.size()));
                LedgerAccount to = clients.get(random.nextInt(clients.size()));
                while (to.equals(from)) {
                    to = clients.get(random.nextInt(clients.size()));
                }
                Movement transfer = new Movement("transfer:" + run + ":" + thread + ":" + i, from, to,
                        Money.kopecks(1 + random.nextInt(3_000)), Cause.TRANSFER, "race", now);
                posted.get(transactions.inTransaction(() -> ledger.post(transfer))).incrementAndGet();
            }
            return null;
        });

        assertThat(outcomes).as("no transaction failed (no deadlock)").containsExactlyEntriesOf(Map.of("OK", 8));
        assertThat(posted.get(Posted.POSTED).get() + posted.get(Posted.INSUFFICIENT).get()).isEqualTo(4_000);
        assertThat(posted.get(Posted.DUPLICATE)).hasValue(0);
        long sum = 0;
        for (LedgerAccount client : clients) {
            long balance = ledger.balance(client).minor();
            assertThat(balance).as(client + " not below zero at the end").isNotNegative();
            // An account's entries are written while its balance row is locked, so in id order they replay
            // its balance as it moved: an overdraft repaired by later transfers still shows here.
            assertThat(count("SELECT COUNT(*) FROM (SELECT SUM(amount_minor) OVER (ORDER BY id) AS running"
                    + " FROM ledger_entry WHERE account_key = ?) x WHERE running < 0", client.key()))
                    .as(client + " never below zero on the way").isZero();
            assertThat(balance).as(client + " kept balance against its entries")
                    .isEqualTo(count("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entry WHERE account_key = ?",
                            client.key()));
            sum += balance;
        }
        assertThat(sum).as("transfers move money, never make or lose it").isEqualTo(500_000);
        assertThat(checks.balancesNotMatchingEntries()).isEmpty();
        assertThat(checks.unbalancedMovements()).isEmpty();
        assertThat(checks.paidOrdersNotCovered()).isEmpty();
        assertThat(checks.paymentsWithoutEntries()).isEmpty();
        assertThat(checks.statusesContradictingPayments()).isEmpty();
        report.publishEntry("transfers", posted.get(Posted.POSTED) + " posted, " + posted.get(Posted.INSUFFICIENT)
                + " insufficient of 4000");
    }

    @RepeatedTest(3)
    void twentyConcurrentSpendsOfSixtyPercentOfABalanceAndExactlyOneIsPosted() throws Exception {
        LedgerAccount client = LedgerAccount.clientPoints(ids.nextAccountId());
        transactions.inTransaction(() -> ledger.post(new Movement("fund:" + client.key(), LedgerAccount.ADJUSTMENTS, client,
                Money.kopecks(1_000), Cause.ADJUSTMENT, "race", now)));
        String run = UUID.randomUUID().toString();
        AtomicInteger postedCount = new AtomicInteger();

        Map<String, Integer> outcomes = Race.run(20, i -> () -> {
            Posted p = transactions.inTransaction(() -> ledger.post(new Movement("spend:" + run + ":" + i, client,
                    LedgerAccount.SALES, Money.kopecks(600), Cause.ORDER_PAYMENT, "race", now)));
            if (p == Posted.POSTED) {
                postedCount.incrementAndGet();
            }
            return p;
        });

        assertThat(outcomes).containsExactlyEntriesOf(Map.of("OK", 20));
        assertThat(postedCount).hasValue(1);
        assertThat(ledger.balance(client)).isEqualTo(Money.kopecks(400));
    }

    @RepeatedTest(3)
    void twentyConcurrentPostingsOfOneSpendMoveTheMoneyOnce() throws Exception {
        LedgerAccount client = LedgerAccount.clientPoints(ids.nextAccountId());
        transactions.inTransaction(() -> ledger.post(new Movement("fund:" + client.key(), LedgerAccount.ADJUSTMENTS, client,
                Money.kopecks(1_000), Cause.ADJUSTMENT, "race", now)));
        Movement spend = new Movement("spend:" + UUID.randomUUID(), client, LedgerAccount.SALES, Money.kopecks(100),
                Cause.ORDER_PAYMENT, "race", now);
        Map<Posted, AtomicInteger> posted = new EnumMap<>(Posted.class);
        for (Posted p : Posted.values()) {
            posted.put(p, new AtomicInteger());
        }

        // Most pass the read of the key before the first one commits: the key's insert decides, and
        // the losers give their debit back.
        Map<String, Integer> outcomes = Race.run(20, i -> () ->
                posted.get(transactions.inTransaction(() -> ledger.post(spend))).incrementAndGet());

        assertThat(outcomes).containsExactlyEntriesOf(Map.of("OK", 20));
        assertThat(posted.get(Posted.POSTED)).hasValue(1);
        assertThat(posted.get(Posted.DUPLICATE)).hasValue(19);
        assertThat(ledger.balance(client)).isEqualTo(Money.kopecks(900));
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE movement_key = ?", spend.key())).isEqualTo(2);
    }

    private long count(String query, String param) {
        return context.getBean(Sql.class).run(query, List.of(param), s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
