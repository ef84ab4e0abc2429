package io.ordercore.application.service;

import io.ordercore.application.port.in.BalanceUseCase;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

final class BalanceService implements BalanceUseCase {

    private static final Role[] STAFF = {Role.ADMIN, Role.SITE_MANAGER, Role.SUPERVISOR};

    private final Ledger ledger;
    private final Accounts accounts;
    private final Orders orders;
    private final MoneyDesk desk;
    private final Notices notices;
    private final Ids ids;
    private final AuditTrail audit;
    private final Clock clock;

    BalanceService(Ledger ledger, Accounts accounts, Orders orders, MoneyDesk desk, Notices notices, Ids ids,
                   AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.orders = orders;
        this.desk = desk;
        this.notices = notices;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public BalanceView mine(Caller caller) {
        return view(Permissions.signedIn(caller).id());
    }

    @Override
    public BalanceView of(Caller caller, long accountId) {
        Permissions.require(caller, STAFF);
        AccountId id = KnownIds.account("Account", accountId);
        accounts.find(id).orElseThrow(() -> new NotFoundException("Account", accountId));
        return view(id);
    }

    private BalanceView view(AccountId id) {
        LedgerAccount account = LedgerAccount.clientPoints(id);
        return new BalanceView(ledger.balance(account), ledger.entries(account, 0, 100));
    }

    @Override
    public Money transfer(Caller caller, String toEmail, Long amountKopecks) {
        return audit.record(caller, "balance.transfer", "account:" + (caller instanceof Caller.SignedIn s ? s.id() : "?"), () -> {
            Caller.SignedIn me = Permissions.signedIn(caller);
            Permissions.require(caller, Role.CLIENT); // points belong to clients
            Validation v = new Validation();
            Email email = v.require("toEmail", toEmail) ? v.check("toEmail", () -> Email.of(toEmail)) : null;
            Money amount = positive(v, amountKopecks);
            v.throwIfInvalid();
            Account to = accounts.findByEmail(email).filter(a -> a.role() == Role.CLIENT)
                    .orElseThrow(() -> ValidationException.of("toEmail", "UNKNOWN_CLIENT", "no client has this e-mail"));
            if (to.id().equals(me.id())) {
                throw ValidationException.of("toEmail", "SELF_TRANSFER", "points cannot be transferred to yourself");
            }
            Ledger.Posted posted = ledger.post(new Movement("transfer:" + UUID.randomUUID(), LedgerAccount.clientPoints(me.id()),
                    LedgerAccount.clientPoints(to.id()), amount, Cause.TRANSFER, me.id().value() + "->" + to.id().value(), now()));
            if (posted == Ledger.Posted.INSUFFICIENT) {
                throw new RefusedException("INSUFFICIENT_BALANCE", "your balance is smaller than " + amount);
            }
            accounts.find(me.id()).ifPresent(from -> notices.pointsTransferred(from, to, amount));
            return ledger.balance(LedgerAccount.clientPoints(me.id()));
        });
    }

    @Override
    public Order payOrder(Caller caller, OrderId id, Long amountKopecks) {
        Order paid = audit.record(caller, "order.pay.balance", "order:" + id, () -> {
            Caller.SignedIn me = Permissions.signedIn(caller);
            Validation v = new Validation();
            Optional<Money> asked = amountKopecks == null ? Optional.empty() : Optional.ofNullable(positive(v, amountKopecks));
            v.throwIfInvalid();
            Order order = orders.find(id).filter(o -> o.owner().filter(me.id()::equals).isPresent())
                    .orElseThrow(() -> new NotFoundException("Order", id.value()));
            if (order.status() != OrderStatus.UNPAID) {
                throw new RefusedException("ORDER_NOT_PAYABLE", "order " + id.value() + " is " + order.status());
            }
            Money owed = desk.outstanding(order);
            Money amount = asked.filter(a -> a.compareTo(owed) < 0).orElse(owed);
            return desk.pay(order, PaymentKind.BALANCE, Optional.of(me.id()), amount, Optional.empty(), Optional.empty(),
                    Optional.empty(), ids.nextPaymentId()).orElseThrow();
        });
        desk.afterCommit(paid);
        return paid;
    }

    @Override
    public Money adjust(Caller caller, long accountId, Long amountKopecks, String reason) {
        return audit.record(caller, "balance.adjust", "account:" + accountId, () -> {
            Permissions.require(caller, Role.ADMIN);
            AccountId id = KnownIds.account("Account", accountId);
            accounts.find(id).filter(a -> a.role() == Role.CLIENT).orElseThrow(() -> new NotFoundException("Client", accountId));
            Validation v = new Validation();
            if (v.require("amountKopecks", amountKopecks) && amountKopecks == 0) {
                v.reject("amountKopecks", "ZERO", "must not be zero");
            }
            String why = v.require("reason", reason) ? v.check("reason", () -> Text.required(reason, 300)) : null;
            v.throwIfInvalid();
            LedgerAccount client = LedgerAccount.clientPoints(id);
            Money amount = Money.kopecks(Math.abs(amountKopecks));
            boolean credit = amountKopecks > 0;
            Ledger.Posted posted = ledger.post(new Movement("adjust:" + UUID.randomUUID(),
                    credit ? LedgerAccount.ADJUSTMENTS : client, credit ? client : LedgerAccount.ADJUSTMENTS, amount,
                    Cause.ADJUSTMENT, why, now()));
            if (posted == Ledger.Posted.INSUFFICIENT) {
                throw new RefusedException("INSUFFICIENT_BALANCE", "the balance is smaller than " + amount);
            }
            return ledger.balance(client);
        });
    }

    private static Money positive(Validation v, Long kopecks) {
        if (!v.require("amountKopecks", kopecks)) {
            return null;
        }
        if (kopecks <= 0) {
            v.reject("amountKopecks", "NOT_POSITIVE", "must be more than zero");
            return null;
        }
        return Money.kopecks(kopecks);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
