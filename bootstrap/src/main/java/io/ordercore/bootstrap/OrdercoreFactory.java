package io.ordercore.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
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
import io.ordercore.application.port.in.PayMasterCallbackUseCase;
import io.ordercore.application.port.in.PaymentsUseCase;
import io.ordercore.application.port.in.PartnerCabinetUseCase;
import io.ordercore.application.port.in.PartnersUseCase;
import io.ordercore.application.port.in.PayoutsUseCase;
import io.ordercore.application.port.in.SavedCardUseCase;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.port.in.ReadAuditUseCase;
import io.ordercore.application.port.in.RegisterUseCase;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.port.in.ReviewsUseCase;
import io.ordercore.application.port.in.SignInUseCase;
import io.ordercore.application.port.in.SignOutUseCase;
import io.ordercore.application.port.in.TelephonyUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.application.port.out.CallResults;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.IdempotencyKeys;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.NotificationSender;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.application.port.out.Partners;
import io.ordercore.application.port.out.PasswordHasher;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.PhoneNumbers;
import io.ordercore.application.port.out.Points;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.application.port.out.RevokedTokens;
import io.ordercore.application.port.out.Settings;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.service.Ordercore;
import io.ordercore.bootstrap.infra.Argon2PasswordHasher;
import io.ordercore.bootstrap.infra.LibPhoneNumbers;
import io.ordercore.bootstrap.infra.mail.LogNotificationSender;
import io.ordercore.bootstrap.infra.mail.MailTemplates;
import io.ordercore.bootstrap.infra.mail.SmtpNotificationSender;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The composition root: the plain-Java core built from the adapters' port implementations, and
 * each use case offered as a bean for the web controllers. Nothing else wires anything.
 */
@Factory
class OrdercoreFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    PhoneNumbers phoneNumbers() {
        return new LibPhoneNumbers();
    }

    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Singleton
    MailTemplates mailTemplates(@Value("${ordercore.public-url:`http://localhost:8080`}") String publicUrl) {
        return new MailTemplates(publicUrl);
    }

    /** SMTP when a host is configured, else the log-only sender of the embedded default. */
    @Singleton
    NotificationSender notificationSender(MailTemplates templates,
                                          @Value("${ordercore.smtp.host:}") String host,
                                          @Value("${ordercore.smtp.port:25}") int port,
                                          @Value("${ordercore.smtp.user:}") String user,
                                          @Value("${ordercore.smtp.password:}") String password,
                                          @Value("${ordercore.smtp.from:`ordercore@localhost`}") String from,
                                          @Value("${ordercore.smtp.starttls:false}") boolean startTls) {
        if (host == null || host.isBlank()) {
            return new LogNotificationSender(templates);
        }
        return new SmtpNotificationSender(new SmtpNotificationSender.Settings(host, port, user, password, from, startTls,
                10_000), templates);
    }

    @Singleton
    Ordercore ordercore(Orders orders, Catalog catalog, Ids ids, Transactions transactions, PhoneNumbers phoneNumbers,
                        Clock clock, Accounts accounts, Points points, PasswordHasher passwordHasher,
                        RevokedTokens revokedTokens, AuditLog auditLog, Outbox outbox, NotificationSender sender,
                        Coupons coupons, Settings settings, Operators operators, Dispatches dispatches,
                        CallResults callResults, Reviews reviews, Earnings earnings, Payments payments, Ledger ledger,
                        IntegrityChecks integrityChecks, IdempotencyKeys idempotencyKeys,
                        PaymentGatewaysFactory.ConfiguredGateways gateways, Partners partners,
                        @Value("${ordercore.public-url:`http://localhost:8080`}") String publicUrl) {
        return new Ordercore(new Ordercore.Ports(orders, catalog, ids, transactions, phoneNumbers, clock, accounts, points,
                passwordHasher, revokedTokens, auditLog, outbox, sender, coupons, settings,
                new Ordercore.Fulfilment(operators, dispatches, callResults, reviews, earnings),
                new Ordercore.Finance(payments, ledger, integrityChecks, gateways.all(), idempotencyKeys,
                        gateways.payMasterApi(), gateways.payMasterTestAllowed(), gateways.cardCharges()),
                new Ordercore.Partnership(partners, publicUrl)));
    }

    @Singleton
    PlaceCallOrderUseCase placeCallOrder(Ordercore core) {
        return core.placeCallOrder();
    }

    @Singleton
    FindOrdersUseCase findOrders(Ordercore core) {
        return core.findOrders();
    }

    @Singleton
    ChangeOrderStatusUseCase changeOrderStatus(Ordercore core) {
        return core.changeOrderStatus();
    }

    @Singleton
    RescheduleOrderUseCase rescheduleOrder(Ordercore core) {
        return core.rescheduleOrder();
    }

    @Singleton
    DeleteOrdersUseCase deleteOrders(Ordercore core) {
        return core.deleteOrders();
    }

    @Singleton
    BrowseCatalogUseCase browseCatalog(Ordercore core) {
        return core.browseCatalog();
    }

    @Singleton
    ManageCatalogUseCase manageCatalog(Ordercore core) {
        return core.manageCatalog();
    }

    @Singleton
    SignInUseCase signIn(Ordercore core) {
        return core.signIn();
    }

    @Singleton
    AuthenticateUseCase authenticate(Ordercore core) {
        return core.authenticate();
    }

    @Singleton
    SignOutUseCase signOut(Ordercore core) {
        return core.signOut();
    }

    @Singleton
    RegisterUseCase register(Ordercore core) {
        return core.register();
    }

    @Singleton
    AccountCabinetUseCase cabinet(Ordercore core) {
        return core.cabinet();
    }

    @Singleton
    ManageAccountsUseCase manageAccounts(Ordercore core) {
        return core.manageAccounts();
    }

    @Singleton
    ManagePointsUseCase managePoints(Ordercore core) {
        return core.managePoints();
    }

    @Singleton
    ImpersonateUseCase impersonate(Ordercore core) {
        return core.impersonate();
    }

    @Singleton
    ReadAuditUseCase readAudit(Ordercore core) {
        return core.readAudit();
    }

    @Singleton
    NotificationsUseCase notifications(Ordercore core) {
        return core.notifications();
    }

    @Singleton
    ManageCouponsUseCase manageCoupons(Ordercore core) {
        return core.manageCoupons();
    }

    @Singleton
    ClientCouponsUseCase clientCoupons(Ordercore core) {
        return core.clientCoupons();
    }

    @Singleton
    ManageOperatorsUseCase manageOperators(Ordercore core) {
        return core.manageOperators();
    }

    @Singleton
    DispatchUseCase dispatch(Ordercore core) {
        return core.dispatch();
    }

    @Singleton
    OperatorCabinetUseCase operatorCabinet(Ordercore core) {
        return core.operatorCabinet();
    }

    @Singleton
    TelephonyUseCase telephony(Ordercore core) {
        return core.telephony();
    }

    @Singleton
    ReviewsUseCase reviews(Ordercore core) {
        return core.reviews();
    }

    @Singleton
    PayoutsUseCase payouts(Ordercore core) {
        return core.payouts();
    }

    @Singleton
    PartnersUseCase partners(Ordercore core) {
        return core.partners();
    }

    @Singleton
    PartnerCabinetUseCase partnerCabinet(Ordercore core) {
        return core.partnerCabinet();
    }

    @Singleton
    SavedCardUseCase savedCard(Ordercore core) {
        return core.savedCard();
    }

    @Singleton
    OrderPageUseCase orderPages(Ordercore core) {
        return core.orderPages();
    }

    @Singleton
    GatewayCallsUseCase gatewayCalls(Ordercore core) {
        return core.gatewayCalls();
    }

    @Singleton
    BalanceUseCase balance(Ordercore core) {
        return core.balance();
    }

    @Singleton
    PaymentsUseCase payments(Ordercore core) {
        return core.payments();
    }

    @Singleton
    PayMasterCallbackUseCase payMasterCallback(Ordercore core) {
        return core.payMasterCallback();
    }

    @Singleton
    IdempotencyUseCase idempotency(Ordercore core) {
        return core.idempotency();
    }
}
