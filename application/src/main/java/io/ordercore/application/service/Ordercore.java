package io.ordercore.application.service;

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
import io.ordercore.application.port.in.NotFoundException;
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
import io.ordercore.application.port.in.SavedCardUseCase;
import io.ordercore.application.port.in.ReviewsUseCase;
import io.ordercore.application.port.in.SignInUseCase;
import io.ordercore.application.port.in.SignOutUseCase;
import io.ordercore.application.port.in.TelephonyUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.AuditLog;
import io.ordercore.application.port.out.CallResults;
import io.ordercore.application.port.out.CardCharges;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.IdempotencyKeys;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.NotificationSender;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.application.port.out.Partners;
import io.ordercore.application.port.out.PasswordHasher;
import io.ordercore.application.port.out.PayMasterApi;
import io.ordercore.application.port.out.PaymentGateway;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.PhoneNumbers;
import io.ordercore.application.port.out.Points;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.application.port.out.RevokedTokens;
import io.ordercore.application.port.out.Settings;
import io.ordercore.application.port.out.Transactions;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The core, assembled: give it implementations of the outbound ports and take the use cases.
 * This is the whole embedding API; the web service builds exactly this object in its
 * composition root, and so can any product that brings its own storage.
 *
 * <pre>
 * Ordercore core = new Ordercore(new Ordercore.Ports(orders, catalog, ids, transactions, phones, clock,
 *         accounts, points, hasher, revokedTokens, auditLog, outbox, sender, coupons, settings,
 *         new Ordercore.Fulfilment(operators, dispatches, callResults, reviews, earnings),
 *         new Ordercore.Finance(payments, ledger, integrityChecks, List.of(payMaster, cloudPayments), idempotencyKeys)));
 * PlacedOrder placed = core.placeCallOrder().place(Caller.anonymous(), form);
 * </pre>
 */
public final class Ordercore {

    /** What the core needs from its host. */
    public record Ports(Orders orders, Catalog catalog, Ids ids, Transactions transactions, PhoneNumbers phoneNumbers,
                        Clock clock, Accounts accounts, Points points, PasswordHasher passwordHasher,
                        RevokedTokens revokedTokens, AuditLog auditLog, Outbox outbox,
                        NotificationSender notificationSender, Coupons coupons, Settings settings,
                        Fulfilment fulfilment, Finance finance, Partnership partnership) {
        public Ports {
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(phoneNumbers, "phoneNumbers");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(revokedTokens, "revokedTokens");
            Objects.requireNonNull(auditLog, "auditLog");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(notificationSender, "notificationSender");
            Objects.requireNonNull(coupons, "coupons");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(fulfilment, "fulfilment");
            Objects.requireNonNull(finance, "finance");
            Objects.requireNonNull(partnership, "partnership");
        }
    }

    /**
     * The partner programme's store, and the site's public address that referral links point to
     * (e.g. {@code https://example.com}).
     */
    public record Partnership(Partners partners, String publicUrl) {
        public Partnership {
            Objects.requireNonNull(partners, "partners");
            Objects.requireNonNull(publicUrl, "publicUrl");
        }
    }

    /**
     * The ports of money: payments, the ledger, its integrity checks, the payment gateways' protocols,
     * PayMaster's API v2 when configured (its callbacks are confirmed through it), and CloudPayments' card
     * operations when configured (charging saved cards).
     */
    public record Finance(Payments payments, Ledger ledger, IntegrityChecks integrity, List<PaymentGateway> gateways,
                          IdempotencyKeys idempotencyKeys, Optional<PayMasterApi> payMasterApi,
                          boolean payMasterTestAllowed, Optional<CardCharges> cardCharges) {
        public Finance {
            Objects.requireNonNull(payments, "payments");
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(integrity, "integrity");
            gateways = List.copyOf(gateways);
            Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
            Objects.requireNonNull(payMasterApi, "payMasterApi");
            Objects.requireNonNull(cardCharges, "cardCharges");
        }

        /** Without PayMaster's API v2. */
        public Finance(Payments payments, Ledger ledger, IntegrityChecks integrity, List<PaymentGateway> gateways,
                       IdempotencyKeys idempotencyKeys) {
            this(payments, ledger, integrity, gateways, idempotencyKeys, Optional.empty(), false, Optional.empty());
        }
    }

    /** The ports of dispatch and everything after it: operators, decisions, calls, reviews, earnings. */
    public record Fulfilment(Operators operators, Dispatches dispatches, CallResults callResults, Reviews reviews,
                             Earnings earnings) {
        public Fulfilment {
            Objects.requireNonNull(operators, "operators");
            Objects.requireNonNull(dispatches, "dispatches");
            Objects.requireNonNull(callResults, "callResults");
            Objects.requireNonNull(reviews, "reviews");
            Objects.requireNonNull(earnings, "earnings");
        }
    }

    private final PlaceCallOrderUseCase placeCallOrder;
    private final FindOrdersUseCase findOrders;
    private final ChangeOrderStatusUseCase changeOrderStatus;
    private final RescheduleOrderUseCase rescheduleOrder;
    private final DeleteOrdersUseCase deleteOrders;
    private final BrowseCatalogUseCase browseCatalog;
    private final ManageCatalogUseCase manageCatalog;
    private final SignInUseCase signIn;
    private final AuthenticateUseCase authenticate;
    private final SignOutUseCase signOut;
    private final RegisterUseCase register;
    private final AccountCabinetUseCase cabinet;
    private final ManageAccountsUseCase manageAccounts;
    private final ManagePointsUseCase managePoints;
    private final ImpersonateUseCase impersonate;
    private final ReadAuditUseCase readAudit;
    private final NotificationsUseCase notifications;
    private final ManageCouponsUseCase manageCoupons;
    private final ClientCouponsUseCase clientCoupons;
    private final ManageOperatorsUseCase manageOperators;
    private final DispatchUseCase dispatch;
    private final OperatorCabinetUseCase operatorCabinet;
    private final TelephonyUseCase telephony;
    private final ReviewsUseCase reviews;
    private final PayoutsUseCase payouts;
    private final OrderPageUseCase orderPages;
    private final GatewayCallsUseCase gatewayCalls;
    private final BalanceUseCase balance;
    private final PaymentsUseCase payments;
    private final PayMasterCallbackUseCase payMasterCallback;
    private final IdempotencyUseCase idempotency;
    private final PartnersUseCase partners;
    private final SavedCardUseCase savedCard;
    private final PartnerCabinetUseCase partnerCabinet;

    public Ordercore(Ports p) {
        AuditTrail audit = new AuditTrail(p.auditLog(), p.transactions(), p.clock());
        Notices notices = new Notices(p.outbox(), p.accounts(), p.clock());
        Credentials credentials = new Credentials(p.accounts(), p.passwordHasher(), p.transactions(), p.clock());
        CouponActivation activation = new CouponActivation(p.coupons(), p.clock());
        Fulfilment f = p.fulfilment();
        DispatchSettings dispatchSettings = new DispatchSettings(p.settings());
        Dispatcher dispatcher = new Dispatcher(p.orders(), p.catalog(), f.operators(), f.dispatches(), p.transactions(),
                dispatchSettings, notices, p.clock());
        PaidOrders paidOrders = new PaidOrders(p.orders(), p.accounts(), p.coupons(), p.settings(), p.ids(), notices,
                dispatcher, p.clock());
        this.placeCallOrder = new PlaceCallOrderService(p.orders(), p.catalog(), p.ids(), p.phoneNumbers(),
                p.transactions(), p.clock(), p.accounts(), p.points(), p.passwordHasher(), credentials, notices, audit,
                activation, paidOrders);
        this.manageCoupons = new ManageCouponsService(p.coupons(), p.accounts(), p.settings(), p.ids(), paidOrders, notices,
                audit, p.clock());
        this.clientCoupons = new ClientCouponsService(p.orders(), p.coupons(), activation, paidOrders, notices, audit);
        this.findOrders = new FindOrdersService(p.orders());
        Finance money = p.finance();
        PartnerProgramme programme = new PartnerProgramme(p.partnership().partners(), p.accounts(), money.ledger(),
                p.settings(), p.partnership().publicUrl(), p.clock());
        MoneyDesk desk = new MoneyDesk(p.orders(), money.payments(), money.ledger(), p.settings(), notices, paidOrders,
                programme, p.clock());
        Earnings earnings = new LedgeredEarnings(p.fulfilment().earnings(), money.ledger(), p.accounts());
        this.gatewayCalls = new GatewayCallsService(PaymentGateway.byName(money.gateways()), p.orders(), p.accounts(),
                money.payments(), desk, p.ids(), p.transactions(), p.clock());
        this.balance = new BalanceService(money.ledger(), p.accounts(), p.orders(), desk, notices, p.ids(), audit, p.clock());
        this.payments = new PaymentsService(p.orders(), money.payments(), p.accounts(), money.integrity(), desk, p.ids(),
                audit, p.clock());
        this.payMasterCallback = money.payMasterApi().<PayMasterCallbackUseCase>map(api -> new PayMasterCallbackService(api,
                money.payMasterTestAllowed(), p.orders(), money.payments(), desk, p.ids(), p.transactions(), p.clock()))
                .orElse(paymentId -> {
                    throw new NotFoundException("Payment gateway", PayMasterCallbackUseCase.GATEWAY);
                });
        this.savedCard = new SavedCardService(money.cardCharges(), p.orders(), money.payments(), desk, p.ids(),
                p.transactions(), audit);
        this.idempotency = new IdempotencyService(money.idempotencyKeys(), p.clock());
        this.changeOrderStatus = new ChangeOrderStatusService(p.orders(), p.clock(), notices, audit, dispatcher, desk);
        this.manageOperators = new ManageOperatorsService(f.operators(), p.accounts(), p.catalog(), audit);
        ScheduledDispatch scheduled = new ScheduledDispatch(p.orders(), f.dispatches(), dispatcher, p.transactions(),
                dispatchSettings, p.clock());
        this.dispatch = new DispatchService(p.orders(), f.operators(), f.dispatches(), earnings, f.reviews(), dispatcher,
                scheduled, p.ids(), audit, p.clock());
        this.operatorCabinet = new OperatorCabinetService(p.orders(), p.accounts(), f.dispatches(), earnings, dispatcher,
                notices, p.ids(), audit, p.clock());
        OrderPages pages = new OrderPages(f.callResults());
        this.telephony = new TelephonyService(p.orders(), f.callResults(), f.operators(), earnings, f.dispatches(), pages,
                p.ids(), notices, audit, p.clock());
        this.reviews = new ReviewsService(p.orders(), f.reviews(), f.operators(), p.accounts(), p.settings(), p.ids(), audit,
                p.clock());
        this.payouts = new PayoutsService(earnings, p.accounts(), notices, audit, p.clock());
        this.orderPages = new OrderPageService(p.orders(), f.callResults());
        this.rescheduleOrder = new RescheduleOrderService(p.orders(), p.clock(), notices, audit, dispatcher);
        this.deleteOrders = new DeleteOrdersService(p.orders(), audit);
        this.browseCatalog = new BrowseCatalogService(p.catalog());
        this.manageCatalog = new ManageCatalogService(p.catalog(), p.ids(), p.transactions(), audit);
        this.signIn = new SignInService(credentials, audit);
        this.authenticate = new AuthenticateService(p.accounts(), p.revokedTokens());
        this.signOut = new SignOutService(p.revokedTokens(), audit);
        this.register = new RegisterService(p.accounts(), p.points(), p.ids(), p.passwordHasher(), programme.partners(),
                notices, audit, p.clock());
        this.partners = new ManagePartnersService(programme, p.accounts(), p.settings(), audit, p.clock());
        this.partnerCabinet = new PartnerCabinetService(programme, earnings, money.ledger(), p.ids(), audit, p.clock());
        this.cabinet = new AccountCabinetService(p.accounts(), p.orders(), p.catalog(), p.ids(), p.passwordHasher(),
                credentials, notices, audit, p.clock());
        this.manageAccounts = new ManageAccountsService(p.accounts(), p.points(), p.ids(), p.passwordHasher(), notices,
                audit, p.clock());
        this.managePoints = new ManagePointsService(p.points(), p.accounts(), p.ids(), audit);
        this.impersonate = new ImpersonateService(p.accounts(), audit);
        this.readAudit = new ReadAuditService(p.auditLog());
        this.notifications = new NotificationsService(p.outbox(), p.notificationSender(), p.transactions(), audit, p.clock());
    }

    public SavedCardUseCase savedCard() {
        return savedCard;
    }

    public PartnersUseCase partners() {
        return partners;
    }

    public PartnerCabinetUseCase partnerCabinet() {
        return partnerCabinet;
    }

    public PlaceCallOrderUseCase placeCallOrder() {
        return placeCallOrder;
    }

    public FindOrdersUseCase findOrders() {
        return findOrders;
    }

    public ChangeOrderStatusUseCase changeOrderStatus() {
        return changeOrderStatus;
    }

    public RescheduleOrderUseCase rescheduleOrder() {
        return rescheduleOrder;
    }

    public DeleteOrdersUseCase deleteOrders() {
        return deleteOrders;
    }

    public BrowseCatalogUseCase browseCatalog() {
        return browseCatalog;
    }

    public ManageCatalogUseCase manageCatalog() {
        return manageCatalog;
    }

    public SignInUseCase signIn() {
        return signIn;
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    public SignOutUseCase signOut() {
        return signOut;
    }

    public RegisterUseCase register() {
        return register;
    }

    public AccountCabinetUseCase cabinet() {
        return cabinet;
    }

    public ManageAccountsUseCase manageAccounts() {
        return manageAccounts;
    }

    public ManagePointsUseCase managePoints() {
        return managePoints;
    }

    public ImpersonateUseCase impersonate() {
        return impersonate;
    }

    public ReadAuditUseCase readAudit() {
        return readAudit;
    }

    public NotificationsUseCase notifications() {
        return notifications;
    }

    public ManageCouponsUseCase manageCoupons() {
        return manageCoupons;
    }

    public ClientCouponsUseCase clientCoupons() {
        return clientCoupons;
    }

    public ManageOperatorsUseCase manageOperators() {
        return manageOperators;
    }

    public DispatchUseCase dispatch() {
        return dispatch;
    }

    public OperatorCabinetUseCase operatorCabinet() {
        return operatorCabinet;
    }

    public TelephonyUseCase telephony() {
        return telephony;
    }

    public ReviewsUseCase reviews() {
        return reviews;
    }

    public PayoutsUseCase payouts() {
        return payouts;
    }

    public OrderPageUseCase orderPages() {
        return orderPages;
    }

    public GatewayCallsUseCase gatewayCalls() {
        return gatewayCalls;
    }

    public BalanceUseCase balance() {
        return balance;
    }

    public PaymentsUseCase payments() {
        return payments;
    }

    /** Replays of money-moving requests sent again with the same Idempotency-Key. */
    public IdempotencyUseCase idempotency() {
        return idempotency;
    }

    /** PayMaster API v2 callbacks; refuses every call (not found) when the API is not configured. */
    public PayMasterCallbackUseCase payMasterCallback() {
        return payMasterCallback;
    }
}
