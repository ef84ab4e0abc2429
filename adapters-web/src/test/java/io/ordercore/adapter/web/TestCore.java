package io.ordercore.adapter.web;

import io.micronaut.context.annotation.Factory;
import io.ordercore.application.port.in.AccountCabinetUseCase;
import io.ordercore.application.port.in.AuthenticateUseCase;
import io.ordercore.application.port.in.BalanceUseCase;
import io.ordercore.application.port.in.BrowseCatalogUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.ClientCouponsUseCase;
import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.in.DispatchUseCase;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.GatewayCallsUseCase;
import io.ordercore.application.port.in.IdempotencyUseCase;
import io.ordercore.application.port.in.ImpersonateUseCase;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.ManageOperatorsUseCase;
import io.ordercore.application.port.in.ManagePointsUseCase;
import io.ordercore.application.port.in.NotificationsUseCase;
import io.ordercore.application.port.in.OperatorCabinetUseCase;
import io.ordercore.application.port.in.OrderPageUseCase;
import io.ordercore.application.port.in.PartnerCabinetUseCase;
import io.ordercore.application.port.in.PartnersUseCase;
import io.ordercore.application.port.in.PayMasterCallbackUseCase;
import io.ordercore.application.port.in.PaymentsUseCase;
import io.ordercore.application.port.in.PayoutsUseCase;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.port.in.ReadAuditUseCase;
import io.ordercore.application.port.in.RegisterUseCase;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.port.in.ReviewsUseCase;
import io.ordercore.application.port.in.SavedCardUseCase;
import io.ordercore.application.port.in.SignInUseCase;
import io.ordercore.application.port.in.SignOutUseCase;
import io.ordercore.application.port.in.TelephonyUseCase;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.testing.MutableClock;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The core on in-memory ports, one per test class's application context, with a hand-moved clock. */
@Factory
public class TestCore {

    /** 09:00 in Moscow on Monday 2026-11-23. */
    public static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    @Singleton
    MutableClock clock() {
        return new MutableClock(NOW);
    }

    @Singleton
    InMemoryCore inMemoryCore(MutableClock clock) {
        return new InMemoryCore(clock);
    }

    @Singleton
    PlaceCallOrderUseCase placeCallOrder(InMemoryCore c) {
        return c.core.placeCallOrder();
    }

    @Singleton
    FindOrdersUseCase findOrders(InMemoryCore c) {
        return c.core.findOrders();
    }

    @Singleton
    ChangeOrderStatusUseCase changeOrderStatus(InMemoryCore c) {
        return c.core.changeOrderStatus();
    }

    @Singleton
    RescheduleOrderUseCase rescheduleOrder(InMemoryCore c) {
        return c.core.rescheduleOrder();
    }

    @Singleton
    DeleteOrdersUseCase deleteOrders(InMemoryCore c) {
        return c.core.deleteOrders();
    }

    @Singleton
    BrowseCatalogUseCase browseCatalog(InMemoryCore c) {
        return c.core.browseCatalog();
    }

    @Singleton
    ManageCatalogUseCase manageCatalog(InMemoryCore c) {
        return c.core.manageCatalog();
    }

    @Singleton
    SignInUseCase signIn(InMemoryCore c) {
        return c.core.signIn();
    }

    @Singleton
    AuthenticateUseCase authenticate(InMemoryCore c) {
        return c.core.authenticate();
    }

    @Singleton
    SignOutUseCase signOut(InMemoryCore c) {
        return c.core.signOut();
    }

    @Singleton
    RegisterUseCase register(InMemoryCore c) {
        return c.core.register();
    }

    @Singleton
    AccountCabinetUseCase cabinet(InMemoryCore c) {
        return c.core.cabinet();
    }

    @Singleton
    ManageAccountsUseCase manageAccounts(InMemoryCore c) {
        return c.core.manageAccounts();
    }

    @Singleton
    ManagePointsUseCase managePoints(InMemoryCore c) {
        return c.core.managePoints();
    }

    @Singleton
    ImpersonateUseCase impersonate(InMemoryCore c) {
        return c.core.impersonate();
    }

    @Singleton
    ReadAuditUseCase readAudit(InMemoryCore c) {
        return c.core.readAudit();
    }

    @Singleton
    NotificationsUseCase notifications(InMemoryCore c) {
        return c.core.notifications();
    }

    @Singleton
    ManageCouponsUseCase manageCoupons(InMemoryCore c) {
        return c.core.manageCoupons();
    }

    @Singleton
    ClientCouponsUseCase clientCoupons(InMemoryCore c) {
        return c.core.clientCoupons();
    }

    @Singleton
    ManageOperatorsUseCase manageOperators(InMemoryCore c) {
        return c.core.manageOperators();
    }

    @Singleton
    DispatchUseCase dispatch(InMemoryCore c) {
        return c.core.dispatch();
    }

    @Singleton
    OperatorCabinetUseCase operatorCabinet(InMemoryCore c) {
        return c.core.operatorCabinet();
    }

    @Singleton
    TelephonyUseCase telephony(InMemoryCore c) {
        return c.core.telephony();
    }

    @Singleton
    ReviewsUseCase reviews(InMemoryCore c) {
        return c.core.reviews();
    }

    @Singleton
    PayoutsUseCase payouts(InMemoryCore c) {
        return c.core.payouts();
    }

    @Singleton
    OrderPageUseCase orderPages(InMemoryCore c) {
        return c.core.orderPages();
    }

    @Singleton
    GatewayCallsUseCase gatewayCalls(InMemoryCore c) {
        return c.core.gatewayCalls();
    }

    @Singleton
    BalanceUseCase balance(InMemoryCore c) {
        return c.core.balance();
    }

    @Singleton
    PaymentsUseCase payments(InMemoryCore c) {
        return c.core.payments();
    }

    @Singleton
    IdempotencyUseCase idempotency(InMemoryCore c) {
        return c.core.idempotency();
    }

    @Singleton
    PayMasterCallbackUseCase payMasterCallback(InMemoryCore c) {
        return c.core.payMasterCallback();
    }

    @Singleton
    PartnersUseCase partners(InMemoryCore c) {
        return c.core.partners();
    }

    @Singleton
    PartnerCabinetUseCase partnerCabinet(InMemoryCore c) {
        return c.core.partnerCabinet();
    }

    @Singleton
    SavedCardUseCase savedCard(InMemoryCore c) {
        return c.core.savedCard();
    }
}
