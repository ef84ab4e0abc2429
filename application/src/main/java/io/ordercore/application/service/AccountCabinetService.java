package io.ordercore.application.service;

import io.ordercore.application.port.in.AccountCabinetUseCase;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.PasswordHasher;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.PasswordPolicy;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CatalogVisibility;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.Validation;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class AccountCabinetService implements AccountCabinetUseCase {

    /** Paid and not undone: what "total paid" adds up. */
    static final Set<OrderStatus> PAID = EnumSet.of(OrderStatus.PAID, OrderStatus.OPERATOR_PROPOSED,
            OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED);

    private final Accounts accounts;
    private final Orders orders;
    private final Catalog catalog;
    private final Ids ids;
    private final PasswordHasher hasher;
    private final Credentials credentials;
    private final Notices notices;
    private final AuditTrail audit;
    private final Clock clock;

    AccountCabinetService(Accounts accounts, Orders orders, Catalog catalog, Ids ids, PasswordHasher hasher,
                          Credentials credentials, Notices notices, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.orders = orders;
        this.catalog = catalog;
        this.ids = ids;
        this.hasher = hasher;
        this.credentials = credentials;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AccountView profile(Caller caller) {
        return AccountView.of(me(caller));
    }

    @Override
    public AccountView changePassword(Caller caller, String oldPassword, String newPassword) {
        Account me = me(caller);
        String target = "account:" + me.id();
        try {
            Validation v = new Validation();
            if (v.require("newPassword", newPassword)) {
                v.check("newPassword", () -> {
                    PasswordPolicy.check(newPassword, me.email());
                    return null;
                });
            }
            v.throwIfInvalid();
            credentials.verify(me.email().value(), oldPassword); // outside the action: its failure count must stay
        } catch (DomainException e) {
            audit.refused(caller, "account.password.change", target, e);
            throw e;
        }
        return audit.record(caller, "account.password.change", target, () -> {
            Account current = accounts.find(me.id()).orElseThrow(UnauthenticatedException::invalidToken);
            current.changePassword(hasher.hash(newPassword));
            Account saved = accounts.save(current);
            notices.passwordChanged(saved);
            return AccountView.of(saved);
        });
    }

    @Override
    public AccountView changeEmail(Caller caller, String newEmail, String password) {
        Account me = me(caller);
        String target = "account:" + me.id();
        Email email;
        try {
            Validation v = new Validation();
            email = v.require("email", newEmail) ? v.check("email", () -> Email.of(newEmail)) : null;
            v.throwIfInvalid();
            credentials.verify(me.email().value(), password); // outside the action: its failure count must stay
        } catch (DomainException e) {
            audit.refused(caller, "account.email.change", target, e);
            throw e;
        }
        return audit.record(caller, "account.email.change", target, () -> {
            Account current = accounts.find(me.id()).orElseThrow(UnauthenticatedException::invalidToken);
            Email old = current.email();
            current.changeEmail(email);
            Account saved = accounts.save(current);
            notices.emailChanged(saved, old);
            return AccountView.of(saved);
        });
    }

    @Override
    public OrderPage orders(Caller caller, OrderListQuery query) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        return orders.list(query.scopedTo(Optional.of(me.id()), Optional.empty(), Optional.empty()));
    }

    @Override
    public Order order(Caller caller, OrderId id) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        return orders.find(id).filter(o -> o.owner().filter(me.id()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("Order", id));
    }

    @Override
    public OrderStatistics statistics(Caller caller) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        long paidMinor = 0;
        Map<OrderStatus, Orders.StatusTotals> totals = orders.totalsByStatus(me.id());
        for (OrderStatus status : OrderStatus.values()) {
            Orders.StatusTotals t = totals.getOrDefault(status, new Orders.StatusTotals(0, 0));
            counts.put(status, t.count());
            if (PAID.contains(status)) {
                paidMinor = Math.addExact(paidMinor, t.totalMinor());
            }
        }
        return new OrderStatistics(counts, Money.kopecks(paidMinor));
    }

    @Override
    public Order repeatOrder(Caller caller, RepeatOrderCommand command) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        return audit.record(caller, "order.repeat", o -> "order:" + o.id(), "order:" + command.orderId(), () -> {
            Order original = order(caller, command.orderId());
            Validation v = new Validation();
            CallWindow window = FormInputs.bookableWindow(v, command.callDate(), command.windowStart(),
                    command.windowEnd(), clock);
            CallType callType = catalog.callType(original.details().callType().id())
                    .filter(t -> catalog.category(t.categoryId()).map(c -> CatalogVisibility.orderable(t, c)).orElse(false))
                    .orElse(null);
            if (callType == null) {
                v.reject("callTypeId", "CALL_TYPE_UNAVAILABLE", "this call type can no longer be ordered");
            }
            v.throwIfInvalid();
            // The same details in a new window; a coupon is not repeated (each is used once).
            var details = original.details().withWindow(window)
                    .withConsentAt(clock.instant().truncatedTo(ChronoUnit.MICROS));
            Order repeated = Order.place(ids.nextOrderId(), me.id(), original.point(), details,
                    OrderPrice.undiscounted(callType.price()), caller.actor(), clock);
            Order saved = orders.save(repeated);
            notices.orderPlaced(saved);
            return saved;
        });
    }

    private Account me(Caller caller) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        return accounts.find(me.id()).orElseThrow(UnauthenticatedException::invalidToken);
    }
}
