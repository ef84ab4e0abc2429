package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.GatewayCallsUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.PaymentGateway;
import io.ordercore.application.port.out.PaymentGateway.Kind;
import io.ordercore.application.port.out.PaymentGateway.Notice;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.payment.SavedCard;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gateway calls: the gateway's protocol verifies the call first; then the core checks it against
 * the order (exists, payable, the exact amount and currency outstanding, test mode allowed) and
 * records the payment once per gateway payment id. Every call is logged raw with its verdict.
 * Invoices are {@code ORDER-<id>} for orders; a top-up has no invoice (or {@code TOPUP-...}) and
 * names the client's account id as the gateway's account.
 */
final class GatewayCallsService implements GatewayCallsUseCase {

    private final Map<String, PaymentGateway> gateways;
    private final Orders orders;
    private final Accounts accounts;
    private final Payments payments;
    private final MoneyDesk desk;
    private final Ids ids;
    private final Transactions transactions;
    private final Clock clock;

    GatewayCallsService(Map<String, PaymentGateway> gateways, Orders orders, Accounts accounts, Payments payments,
                        MoneyDesk desk, Ids ids, Transactions transactions, Clock clock) {
        this.gateways = gateways;
        this.orders = orders;
        this.accounts = accounts;
        this.payments = payments;
        this.desk = desk;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PaymentGateway.Reply handle(String name, PaymentGateway.Call call) {
        PaymentGateway gateway = gateway(name);
        PaymentGateway.Reading reading = gateway.read(call);
        Optional<Notice> notice = reading.notice();
        Verdict verdict;
        Optional<Order> paid = Optional.empty();
        if (!reading.authentic()) {
            verdict = Verdict.BAD_SIGNATURE;
        } else if (notice.isEmpty()) {
            verdict = Verdict.MALFORMED;
        } else if (notice.get().test() && !gateway.testPaymentsAllowed()) {
            verdict = Verdict.TEST_NOT_ALLOWED;
        } else if (notice.get().kind() == Kind.PRE_CHECK || notice.get().kind() == Kind.PAYMENT) {
            try {
                if (notice.get().kind() == Kind.PRE_CHECK) {
                    verdict = transactions.inTransaction(() -> check(notice.get()));
                } else {
                    Outcome outcome = Invoices.recordRetrying(transactions, () -> record(gateway.name(), notice.get()));
                    verdict = outcome.verdict();
                    paid = outcome.order();
                }
            } catch (RuntimeException e) {
                // Kept in the log all the same, so the call can be looked into; the gateway retries.
                log(gateway.name(), call, notice, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
                throw e;
            }
        } else {
            verdict = Verdict.ACCEPTED; // failures, refunds and the rest are kept in the log only
        }
        log(gateway.name(), call, notice, verdict.name(), reading.problem());
        paid.ifPresent(desk::afterCommit);
        return gateway.reply(call, notice, verdict);
    }

    private record Outcome(Verdict verdict, Optional<Order> order) {
    }

    /** "May this be paid?": the exact outstanding amount of a payable order, or a top-up for a known client. */
    private Verdict check(Notice n) {
        if (!"RUB".equals(n.currency())) {
            return Verdict.WRONG_CURRENCY;
        }
        Optional<Money> amount = kopecks(n.amount());
        if (amount.isEmpty() || !amount.get().isPositive()) {
            return Verdict.WRONG_AMOUNT;
        }
        if (isTopUp(n)) {
            return client(n).isPresent() ? Verdict.ACCEPTED : Verdict.WRONG_ACCOUNT;
        }
        Optional<Order> order = order(n);
        if (order.isEmpty()) {
            return Verdict.UNKNOWN_ORDER;
        }
        if (order.get().status() != OrderStatus.UNPAID) {
            return Verdict.NOT_PAYABLE;
        }
        if (n.account().isPresent() && !accountMatches(n.account().get(), order.get())) {
            return Verdict.WRONG_ACCOUNT;
        }
        return amount.get().equals(desk.outstanding(order.get())) ? Verdict.ACCEPTED : Verdict.WRONG_AMOUNT;
    }

    /** A payment that happened: recorded once; more than is owed goes to the client's points, never lost. */
    private Outcome record(String gateway, Notice n) {
        if (!"RUB".equals(n.currency())) {
            return new Outcome(Verdict.WRONG_CURRENCY, Optional.empty());
        }
        Optional<Money> amount = kopecks(n.amount());
        if (amount.isEmpty() || !amount.get().isPositive() || n.externalId().isBlank()) {
            return new Outcome(Verdict.MALFORMED, Optional.empty());
        }
        if (isTopUp(n)) {
            Optional<Account> client = client(n);
            if (client.isEmpty()) {
                return new Outcome(Verdict.WRONG_ACCOUNT, Optional.empty());
            }
            var credited = desk.creditExcess(Optional.of(client.get().id()), amount.get(),
                    "topup:" + gateway + ":" + n.externalId(), "topup", clock.instant().truncatedTo(ChronoUnit.MICROS));
            saveCard(client.get().id(), gateway, n);
            return new Outcome(credited == io.ordercore.application.port.out.Ledger.Posted.DUPLICATE ? Verdict.DUPLICATE
                    : Verdict.ACCEPTED, Optional.empty());
        }
        Optional<Order> order = order(n);
        if (order.isEmpty()) {
            return new Outcome(Verdict.UNKNOWN_ORDER, Optional.empty());
        }
        if (payments.byGatewayId(gateway, n.externalId()).isPresent()) {
            return new Outcome(Verdict.DUPLICATE, Optional.empty());
        }
        if (order.get().owner().isEmpty()) {
            return new Outcome(Verdict.NOT_PAYABLE, Optional.empty()); // nobody to credit the money to
        }
        if (order.get().status() == OrderStatus.UNPAID && amount.get().compareTo(desk.outstanding(order.get())) < 0) {
            return new Outcome(Verdict.WRONG_AMOUNT, Optional.empty()); // a gateway pays what is outstanding, or more
        }
        // A payment the gateway already took is never lost: for an order that takes no money any more
        // (paid meanwhile, cancelled, in error) it all goes to the client's points.
        Optional<Order> saved = desk.pay(order.get(), PaymentKind.GATEWAY, order.get().owner(), amount.get(),
                Optional.of(gateway), Optional.of(n.externalId()), Optional.empty(), ids.nextPaymentId());
        saveCard(order.get().owner().get(), gateway, n);
        return saved.map(o -> new Outcome(Verdict.ACCEPTED, o.status() == OrderStatus.PAID ? Optional.of(o) : Optional.empty()))
                .orElseGet(() -> new Outcome(Verdict.DUPLICATE, Optional.empty()));
    }

    /** A token the gateway sent with a payment is kept for later charges of the same client. */
    private void saveCard(AccountId client, String gateway, Notice n) {
        n.cardToken().filter(t -> !t.isBlank()).ifPresent(token -> payments.saveCard(new SavedCard(client, gateway, token,
                n.externalId(), clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }

    @Override
    public PaymentGateway.Checkout checkout(Caller caller, OrderId id, String name) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        PaymentGateway gateway = gateway(name);
        Order order = orders.find(id).filter(o -> o.owner().filter(me.id()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("Order", id.value()));
        if (order.status() != OrderStatus.UNPAID) {
            throw new RefusedException("ORDER_NOT_PAYABLE", "order " + id.value() + " is " + order.status());
        }
        Money owed = desk.outstanding(order);
        return gateway.checkout(Invoices.ofOrder(id), owed.toDecimal().toPlainString(), "RUB",
                "Order " + id.value() + ": " + order.details().callType().name(), Optional.of(me.email().value()));
    }

    @Override
    public PaymentGateway.Checkout topUp(Caller caller, String name, Long amountKopecks) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        Permissions.require(caller, Role.CLIENT);
        PaymentGateway gateway = gateway(name);
        if (amountKopecks == null || amountKopecks <= 0) {
            throw ValidationException.of("amountKopecks", amountKopecks == null ? "REQUIRED" : "NOT_POSITIVE",
                    "a positive amount in kopecks");
        }
        return gateway.checkout(Invoices.TOPUP_PREFIX + me.id().value(),
                Money.kopecks(amountKopecks).toDecimal().toPlainString(),
                "RUB", "Top-up of the points balance", Optional.of(String.valueOf(me.id().value())));
    }

    private PaymentGateway gateway(String name) {
        PaymentGateway gateway = gateways.get(name == null ? "" : name.toLowerCase(java.util.Locale.ROOT));
        if (gateway == null) {
            throw new NotFoundException("Payment gateway", name);
        }
        return gateway;
    }

    private static boolean isTopUp(Notice n) {
        return n.invoice().map(i -> i.isBlank() || i.startsWith(Invoices.TOPUP_PREFIX)).orElse(true);
    }

    private Optional<Order> order(Notice n) {
        return n.invoice().flatMap(Invoices::order).flatMap(orders::find);
    }

    /** The top-up's client: the gateway's account is the client's account id. */
    private Optional<Account> client(Notice n) {
        try {
            long id = Long.parseLong(n.account().orElse("").trim());
            return id > 0 ? accounts.find(new AccountId(id)).filter(a -> a.role() == Role.CLIENT) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The gateway's account, when sent, names the order's owner (by id or e-mail). */
    private boolean accountMatches(String account, Order order) {
        AccountId owner = order.owner().orElse(null);
        if (owner == null) {
            return false;
        }
        return account.equals(String.valueOf(owner.value()))
                || accounts.find(owner).map(a -> a.email().value().equalsIgnoreCase(account.trim())).orElse(false);
    }

    /** An amount as received, exactly: "1500.00" and "1500.5" are kopecks 150000 and 150050; "1.005" is no amount. */
    static Optional<Money> kopecks(String amount) {
        try {
            BigDecimal value = new BigDecimal(amount.trim());
            return Optional.of(Money.kopecks(value.movePointRight(2).longValueExact()));
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private void log(String gateway, PaymentGateway.Call call, Optional<Notice> notice, String verdict, String problem) {
        String headers = call.headers().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")) + (problem.isEmpty() ? "" : "\n(ordercore: " + problem + ")");
        Optional<OrderId> order = notice.flatMap(this::order).map(Order::id);
        transactions.inTransaction(() -> payments.log(new Payments.LogEntry(0, gateway, call.endpoint(), headers,
                new String(call.body(), StandardCharsets.UTF_8), verdict,
                notice.map(Notice::externalId).filter(s -> !s.isBlank()), order,
                clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }
}
