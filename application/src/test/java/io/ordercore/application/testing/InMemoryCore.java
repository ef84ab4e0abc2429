package io.ordercore.application.testing;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.service.Ordercore;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import java.time.Clock;
import java.util.Optional;

/**
 * The core wired to in-memory ports: what use-case tests and embedding examples start from. Point 1
 * ("Main point") exists from the start, as the migration seeds it in a real database.
 */
public final class InMemoryCore {

    public static final PointId MAIN_POINT = new PointId(1);
    /** The password of the accounts {@link #signedIn} opens. */
    public static final String PASSWORD = "correct-horse-battery";

    public final InMemoryStore store = new InMemoryStore();
    public final InMemoryOrders orders = new InMemoryOrders(store);
    public final InMemoryCatalog catalog = new InMemoryCatalog(store);
    public final InMemoryIds ids = new InMemoryIds();
    public final InMemoryAccounts accounts = new InMemoryAccounts(store);
    public final InMemoryPoints points = new InMemoryPoints(store);
    public final InMemoryAuditLog audit = new InMemoryAuditLog(store);
    public final InMemoryOutbox outbox = new InMemoryOutbox(store);
    public final InMemoryRevokedTokens revokedTokens = new InMemoryRevokedTokens(store);
    public final TestPasswordHasher hasher = new TestPasswordHasher();
    public final RecordingNotificationSender sender = new RecordingNotificationSender();
    public final InMemoryCoupons coupons = new InMemoryCoupons(store);
    public final InMemorySettings settings = new InMemorySettings(store);
    public final InMemoryOperators operators = new InMemoryOperators(store);
    public final InMemoryDispatches dispatches = new InMemoryDispatches(store);
    public final InMemoryCallResults callResults = new InMemoryCallResults(store);
    public final InMemoryReviews reviews = new InMemoryReviews(store);
    public final InMemoryEarnings earnings = new InMemoryEarnings(store);
    public final InMemoryPayments payments = new InMemoryPayments(store);
    public final InMemoryLedger ledger = new InMemoryLedger(store);
    public final InMemoryIntegrityChecks integrity = new InMemoryIntegrityChecks(store);
    public final FakeGateway gateway = new FakeGateway();
    /** The gateway whose saved cards {@link #cardCharges} charges. */
    public final FakeGateway cardGateway = new FakeGateway(io.ordercore.application.port.out.CardCharges.GATEWAY);
    public final FakeCardCharges cardCharges = new FakeCardCharges();
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys(store);
    public final InMemoryPartners partners = new InMemoryPartners(store);
    public static final String PUBLIC_URL = "https://ordercore.example";
    public final Clock clock;
    public final Ordercore core;

    public InMemoryCore(Clock clock) {
        this.clock = clock;
        points.save(new Point(MAIN_POINT, "Main point", "Moscow", "+7 495 000-00-00", Optional.empty()));
        this.core = new Ordercore(new Ordercore.Ports(orders, catalog, ids, store, new SimplePhoneNumbers(), clock,
                accounts, points, hasher, revokedTokens, audit, outbox, sender, coupons, settings,
                fulfilment(), finance(), partnership()));
    }

    /** The partner programme's store, in memory; links point to {@link #PUBLIC_URL}. */
    public Ordercore.Partnership partnership() {
        return new Ordercore.Partnership(partners, PUBLIC_URL);
    }

    /** The money ports, in memory, with a fake gateway, a fake under CloudPayments' name and fake card charges. */
    public Ordercore.Finance finance() {
        return new Ordercore.Finance(payments, ledger, integrity, java.util.List.of(gateway, cardGateway), idempotencyKeys,
                Optional.empty(), false, Optional.of(cardCharges));
    }

    /** The dispatch-and-after ports, in memory. */
    public Ordercore.Fulfilment fulfilment() {
        return new Ordercore.Fulfilment(operators, dispatches, callResults, reviews, earnings);
    }

    /** Opens an account of the role (at the main point when the role has one) and returns it signed in. */
    public Caller.SignedIn signedIn(Role role, String email) {
        return signedIn(role, email, MAIN_POINT);
    }

    /** Like {@link #signedIn(Role, String)}, at {@code point} when the role has one. Its password is {@link #PASSWORD}. */
    public Caller.SignedIn signedIn(Role role, String email, PointId point) {
        Optional<PointId> at = role.belongsToAPoint() ? Optional.of(point) : Optional.empty();
        Account saved = accounts.save(Account.open(ids.nextAccountId(), Email.of(email), role.name().toLowerCase(),
                role, at, hasher.hash(PASSWORD), Language.EN, clock.instant()));
        return new Caller.SignedIn(saved.id(), saved.email(), saved.role(), saved.point(), Optional.empty());
    }

    /** Stores one more point of sale and returns its id. */
    public PointId newPoint(String name) {
        PointId id = ids.nextPointId();
        points.save(new Point(id, name, "Saint Petersburg", "+7 812 000-00-00", Optional.empty()));
        return id;
    }

    /** A signed-in administrator, opened on first use. */
    public Caller.SignedIn admin() {
        return accounts.findByEmail(Email.of("admin@ordercore.test"))
                .map(a -> new Caller.SignedIn(a.id(), a.email(), a.role(), a.point(), Optional.empty()))
                .orElseGet(() -> signedIn(Role.ADMIN, "admin@ordercore.test"));
    }
}
