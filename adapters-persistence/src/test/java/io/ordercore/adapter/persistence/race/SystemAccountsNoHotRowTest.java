package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.shared.Money;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every payment moves money between the same system accounts (gateway clearing -> sales). They keep
 * no balance row, so a payment whose transaction is still open does not hold up another one; their
 * balance is the sum of their entries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemAccountsNoHotRowTest {

    private ApplicationContext context;
    private Transactions transactions;
    private Ledger ledger;

    @BeforeAll
    void start() {
        context = StorageContext.postgres("ledger_hot_rows");
        transactions = context.getBean(Transactions.class);
        ledger = context.getBean(Ledger.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aPaymentInAnOpenTransactionDoesNotBlockAnotherBetweenTheSameSystemAccounts() throws Exception {
        CountDownLatch posted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
            ledger.post(movement("slow"));
            posted.countDown();
            await(release);
            return null;
        }));
        assertThat(posted.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Ledger.Posted> fast = CompletableFuture.supplyAsync(() -> transactions.inTransaction(
                () -> ledger.post(movement("fast"))));

        assertThat(fast.get(10, TimeUnit.SECONDS)).as("not queued behind the open transaction").isEqualTo(Ledger.Posted.POSTED);
        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        assertThat(ledger.balance(LedgerAccount.SALES)).isEqualTo(Money.kopecks(200));
        assertThat(ledger.balance(LedgerAccount.GATEWAY_CLEARING)).isEqualTo(Money.kopecks(-200));
        long keptRows = context.getBean(Sql.class).run("SELECT COUNT(*) FROM ledger_balance WHERE account_key LIKE 'system:%'",
                List.of(), s -> {
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        assertThat(keptRows).isZero();
        assertThat(context.getBean(IntegrityChecks.class).balancesNotMatchingEntries()).isEmpty();
    }

    private static Movement movement(String key) {
        return new Movement("hot-row-test:" + key, LedgerAccount.GATEWAY_CLEARING, LedgerAccount.SALES, Money.kopecks(100),
                Cause.ORDER_PAYMENT, key, Instant.parse("2026-11-23T06:00:00Z"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
