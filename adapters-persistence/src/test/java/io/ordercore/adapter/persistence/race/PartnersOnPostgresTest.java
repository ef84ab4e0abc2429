package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.CoreOnStorage;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.RecordingNotificationSender;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The partner programme through the use cases on PostgreSQL: attribution at registration, the
 * commission on an offline payment, statistics, and concurrent payout requests against one balance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnersOnPostgresTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private ApplicationContext context;
    private Ordercore core;
    private Caller.SignedIn admin;
    private long callTypeId;
    private int run;

    @BeforeAll
    void start() {
        context = StorageContext.postgres("partners_flow");
        core = CoreOnStorage.of(context, clock, new RecordingNotificationSender());
        var view = core.manageAccounts().createFirstAdmin("partners-admin@example.com", "Admin", "a-long-Secret-42");
        admin = new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), Optional.empty());
        long category = core.manageCatalog().createCategory(admin, "Partners").id().value();
        callTypeId = core.manageCatalog().createCallType(admin,
                new CallTypeForm(category, "Greeting", 1000L, null, null, List.of(), null)).id().value();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aReferredClientsOfflinePaymentEarnsTheCommissionOnceAndCountsInTheStatistics() {
        Caller.SignedIn partner = partner("flow");
        String code = core.partners().enrol(admin, partner.id().value(), 30).partner().code().value();
        Caller.SignedIn client = register("referred-flow@example.com", code);
        Order order = order(client);

        Order paid = core.payments().markOffline(admin, order.id(), 100_000L, "cash desk 7", "2026-11-23");

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(core.partnerCabinet().me(partner).balance()).isEqualTo(Money.kopecks(30_000));
        PartnerStats stats = core.partnerCabinet().stats(partner, "2026-11-23", "2026-11-23");
        assertThat(stats.clients()).isEqualTo(1);
        assertThat(stats.paidOrders()).isEqualTo(1);
        assertThat(stats.paid()).isEqualTo(Money.kopecks(100_000));
        assertThat(stats.commission()).isEqualTo(Money.kopecks(30_000));
        IntegrityChecks integrity = context.getBean(IntegrityChecks.class);
        assertThat(integrity.balancesNotMatchingEntries()).as("the ledger still balances").isEmpty();
        assertThat(integrity.unbalancedMovements()).isEmpty();
    }

    @RepeatedTest(3)
    void twentyPayoutRequestsOfSixtyPercentRaceAndExactlyOneTakesTheBalance() throws Exception {
        run++;
        Caller.SignedIn partner = partner("race" + run);
        core.partners().enrol(admin, partner.id().value(), null);
        Ledger ledger = context.getBean(Ledger.class);
        LedgerAccount account = LedgerAccount.partnerCommission(partner.id());
        context.getBean(io.ordercore.application.port.out.Transactions.class).inTransaction(() -> ledger.post(
                new io.ordercore.domain.ledger.Movement("test-credit:" + partner.id(), LedgerAccount.PARTNER_COMMISSION,
                        account, Money.kopecks(100_000), io.ordercore.domain.ledger.Cause.COMMISSION, "test", clock.instant())));

        Map<String, Integer> outcomes = Race.run(20, i -> () -> core.partnerCabinet().requestPayout(partner, 60_000L));

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("OK", 1, "OVER_BALANCE", 19));
        assertThat(core.partnerCabinet().payouts(partner)).as("refused requests leave no row").hasSize(1);
        assertThat(ledger.balance(account)).isEqualTo(Money.kopecks(40_000));
    }

    private Caller.SignedIn partner(String name) {
        var view = core.manageAccounts().create(admin, new NewAccountForm("partner-" + name + "@example.com", "Partner",
                Role.PARTNER.name(), null, "a-long-Secret-42", null));
        return new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), Optional.empty());
    }

    private Caller.SignedIn register(String email, String code) {
        var view = core.register().register(new RegistrationForm(email, "Referred", "a-long-Secret-42", null, "EN", code));
        return new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), Optional.empty());
    }

    private Order order(Caller.SignedIn client) {
        return core.placeCallOrder().place(client, new CallOrderForm(callTypeId, "Client", "ignored@example.com",
                "Recipient", "+79161234567", "RU", "Moscow", "2026-11-25", "10:00", "12:00", null, null, false, true,
                null, null, null)).order();
    }
}
