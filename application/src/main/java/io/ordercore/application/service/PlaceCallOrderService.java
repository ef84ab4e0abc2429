package io.ordercore.application.service;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.EmailTakenException;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.PasswordHasher;
import io.ordercore.application.port.out.PhoneNumbers;
import io.ordercore.application.port.out.Points;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CatalogVisibility;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Client;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.order.OrderedCallType;
import io.ordercore.domain.order.Recipient;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.PhoneNumber;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.workflow.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

final class PlaceCallOrderService implements PlaceCallOrderUseCase {

    private final Orders orders;
    private final Catalog catalog;
    private final Ids ids;
    private final PhoneNumbers phoneNumbers;
    private final Transactions transactions;
    private final Clock clock;
    private final Accounts accounts;
    private final Points points;
    private final PasswordHasher hasher;
    private final Credentials credentials;
    private final Notices notices;
    private final AuditTrail audit;
    private final CouponActivation coupons;
    private final PaidOrders paidOrders;

    PlaceCallOrderService(Orders orders, Catalog catalog, Ids ids, PhoneNumbers phoneNumbers, Transactions transactions,
                          Clock clock, Accounts accounts, Points points, PasswordHasher hasher, Credentials credentials,
                          Notices notices, AuditTrail audit, CouponActivation coupons, PaidOrders paidOrders) {
        this.orders = orders;
        this.catalog = catalog;
        this.ids = ids;
        this.phoneNumbers = phoneNumbers;
        this.transactions = transactions;
        this.clock = clock;
        this.accounts = accounts;
        this.points = points;
        this.hasher = hasher;
        this.credentials = credentials;
        this.notices = notices;
        this.audit = audit;
        this.coupons = coupons;
        this.paidOrders = paidOrders;
    }

    @Override
    public PlacedOrder place(Caller caller, CallOrderForm submitted) {
        // A signed-in client orders as themselves: their login stands in for the form's e-mail field.
        CallOrderForm form = caller instanceof Caller.SignedIn s ? withEmail(submitted, s.email().value()) : submitted;
        if (!(caller instanceof Caller.SignedIn)) {
            validated(form); // every field error at once, before a visitor is signed in or an account opened
        }
        Optional<Account> signedIn;
        try {
            // Not inside the audited action: a wrong password is counted in a transaction of its own.
            signedIn = caller instanceof Caller.Anonymous ? visitorWithAccount(form) : Optional.empty();
        } catch (DomainException e) {
            audit.refused(caller, "order.place", "order:new", e);
            throw e;
        }
        PlacedOrder placed = audit.record(caller, "order.place", p -> "order:" + p.order().id(), "order:new", () -> {
            Checked checked = validated(form); // again inside: the call type cannot be frozen meanwhile
            Owner owner = owner(caller, signedIn, checked.details().client().email(), form);
            CallOrderDetails details = checked.details().withClient(
                    new Client(checked.details().client().name(), owner.account.email()));
            Actor actor = actorOf(caller, owner.account);
            Order order = Order.place(ids.nextOrderId(), owner.account.id(), owner.account.point(), details,
                    OrderPrice.undiscounted(checked.callType().price()), actor, clock);
            if (checked.coupon().isPresent()) {
                try {
                    coupons.activate(order, checked.coupon().get(), owner.account.id(), actor);
                } catch (CouponRefusedException e) {
                    throw ValidationException.of("couponCode", e.code(), e.getMessage());
                }
            }
            Order saved = orders.save(order);
            notices.orderPlaced(saved);
            if (saved.status() == OrderStatus.PAID) { // a 100% coupon paid it
                notices.statusChanged(saved, OrderStatus.UNPAID);
                paidOrders.onFirstPayment(saved);
            }
            boolean visitor = !(caller instanceof Caller.SignedIn);
            return new PlacedOrder(saved, visitor ? Optional.of(AccountView.of(owner.account)) : Optional.empty(),
                    owner.created);
        });
        paidOrders.afterCommit(placed.order());
        return placed;
    }

    /** A visitor whose e-mail has an account must prove it is theirs before anything is written. */
    private Optional<Account> visitorWithAccount(CallOrderForm form) {
        Optional<Account> existing = accounts.findByEmail(Email.of(form.clientEmail()));
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (form.password() == null || form.password().isEmpty()) {
            throw new PasswordRequiredException(form);
        }
        return Optional.of(credentials.verify(form.clientEmail(), form.password()));
    }

    private record Owner(Account account, boolean created) {
    }

    private Owner owner(Caller caller, Optional<Account> verified, Email email, CallOrderForm form) {
        if (caller instanceof Caller.SignedIn s) {
            return new Owner(accounts.find(s.id()).orElseThrow(UnauthenticatedException::invalidToken), false);
        }
        if (verified.isPresent()) {
            return new Owner(verified.get(), false);
        }
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            if (caller instanceof Caller.System) {
                return new Owner(existing.get(), false); // trusted host code orders on a client's behalf
            }
            throw new PasswordRequiredException(form); // registered meanwhile by a concurrent request
        }
        PointId point = pointFor(form.pointId());
        String password = Credentials.generatePassword();
        Account opened = Account.open(ids.nextAccountId(), email, form.clientName().trim(), Role.CLIENT,
                Optional.of(point), hasher.hash(password), Language.RU, clock.instant());
        Account saved;
        try {
            saved = accounts.save(opened);
        } catch (EmailTakenException e) {
            throw new PasswordRequiredException(form);
        }
        notices.accountCreated(saved, password);
        return new Owner(saved, true);
    }

    private static CallOrderForm withEmail(CallOrderForm f, String email) {
        return new CallOrderForm(f.callTypeId(), f.clientName(), email, f.recipientName(), f.recipientPhone(),
                f.recipientCountry(), f.recipientCity(), f.callDate(), f.windowStart(), f.windowEnd(), f.preferredGender(),
                f.wishes(), f.anonymous(), f.consent(), f.couponCode(), f.password(), f.pointId());
    }

    /** The point a visitor joins: the one the form names (checked by {@link #validated}) or the default one. */
    private PointId pointFor(Long requested) {
        if (requested != null) {
            return new PointId(requested);
        }
        return points.defaultPoint().map(Point::id)
                .orElseThrow(() -> new IllegalStateException("no point of sale exists; create one first"));
    }

    private static Actor actorOf(Caller caller, Account owner) {
        return caller instanceof Caller.System s ? Actor.system(s.name())
                : new Actor(owner.role().actorKind(), owner.email().value());
    }

    private record Checked(CallOrderDetails details, CallType callType, Optional<CouponCode> coupon) {
    }

    /** The whole form checked, every error reported together. */
    private Checked validated(CallOrderForm form) {
        Validation v = new Validation();
        CallType callType = v.require("callTypeId", form.callTypeId()) ? orderable(form.callTypeId(), v) : null;
        AccountForms.point(v, form.pointId(), points);
        Optional<CouponCode> coupon = v.checkOptional("couponCode", form.couponCode(), CouponCode::parse);
        CallOrderDetails details = check(form, callType, v);
        v.throwIfInvalid();
        return new Checked(details, callType, coupon);
    }

    private CallOrderDetails check(CallOrderForm f, CallType callType, Validation v) {
        String clientName = v.check("clientName", () -> Text.required(f.clientName(), FormInputs.MAX_NAME));
        Email email = v.require("clientEmail", f.clientEmail()) ? v.check("clientEmail", () -> Email.of(f.clientEmail())) : null;
        String recipientName = v.check("recipientName", () -> Text.required(f.recipientName(), FormInputs.MAX_NAME));
        CountryCode country = v.require("recipientCountry", f.recipientCountry())
                ? v.check("recipientCountry", () -> CountryCode.of(f.recipientCountry())) : null;
        PhoneNumber phone = null;
        if (v.require("recipientPhone", f.recipientPhone())) {
            phone = phoneNumbers.normalize(f.recipientPhone(), country).orElse(null);
            if (phone == null) {
                v.reject("recipientPhone", "INVALID_PHONE", country == null
                        ? "is not a valid phone number; start with + and the country code"
                        : "is not a valid phone number for " + country + " or in international format");
            }
        }
        String city = v.check("recipientCity", () -> Text.required(f.recipientCity(), FormInputs.MAX_NAME));
        CallWindow window = FormInputs.bookableWindow(v, f.callDate(), f.windowStart(), f.windowEnd(), clock);
        OperatorGender preferred = v.checkOptional("preferredGender", f.preferredGender(),
                raw -> Choices.parse(OperatorGender.class, raw)).orElse(OperatorGender.ANY);
        String wishes = v.check("wishes", () -> Text.optional(f.wishes(), CallOrderDetails.MAX_WISHES));
        if (!Boolean.TRUE.equals(f.consent())) {
            v.reject("consent", "CONSENT_REQUIRED", "the terms and the privacy policy must be accepted");
        }
        if (v.hasErrors() || callType == null) {
            return null;
        }
        return new CallOrderDetails(new Client(clientName, email), new Recipient(recipientName, phone, country, city),
                new OrderedCallType(callType.id(), callType.name()), window, preferred, Optional.ofNullable(wishes), Boolean.TRUE.equals(f.anonymous()),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private CallType orderable(long rawId, Validation v) {
        Optional<CallType> callType = rawId > 0 ? catalog.callType(new CallTypeId(rawId)) : Optional.empty();
        Optional<Category> category = callType.flatMap(ct -> catalog.category(ct.categoryId()));
        if (callType.isEmpty() || category.isEmpty() || !CatalogVisibility.orderable(callType.get(), category.get())) {
            v.reject("callTypeId", "CALL_TYPE_UNAVAILABLE", "no call type with this id can be ordered");
            return null;
        }
        return callType.get();
    }
}
