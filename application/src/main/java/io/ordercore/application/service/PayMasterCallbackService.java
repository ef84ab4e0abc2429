package io.ordercore.application.service;

import io.ordercore.application.port.in.PayMasterCallbackUseCase;
import io.ordercore.application.port.out.GatewayApiException;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.PayMasterApi;
import io.ordercore.application.port.out.PayMasterApi.PaymentStatus;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PayMaster v2 callbacks as hints: the payment is read back from PayMaster (outside any transaction),
 * checked against the order, and recorded through the {@link MoneyDesk} once per PayMaster payment id.
 * Unlike a signed notification, nothing is recorded for an order that no longer takes money: such a
 * payment stays in the gateway log for a person to look at.
 */
final class PayMasterCallbackService implements PayMasterCallbackUseCase {

    static final String ENDPOINT = "callback";
    /** Logged when PayMaster says the payment is not (yet) paid. */
    static final String NOT_SETTLED = "NOT_SETTLED";
    /** Logged when PayMaster does not know the payment, or reports another one. */
    static final String UNKNOWN_PAYMENT = "UNKNOWN_PAYMENT";
    static final String FAILED = "FAILED";

    /** PayMaster ids are numbers; a little more is allowed, nothing that could bend a URL path. */
    private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** An amount as PayMaster writes it ("500", "500.00", "500.0000"); exponents and signs are not guessed at. */
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,8})?");

    private final PayMasterApi api;
    private final boolean testPaymentsAllowed;
    private final Orders orders;
    private final Payments payments;
    private final MoneyDesk desk;
    private final Ids ids;
    private final Transactions transactions;
    private final Clock clock;

    PayMasterCallbackService(PayMasterApi api, boolean testPaymentsAllowed, Orders orders, Payments payments,
                             MoneyDesk desk, Ids ids, Transactions transactions, Clock clock) {
        this.api = api;
        this.testPaymentsAllowed = testPaymentsAllowed;
        this.orders = orders;
        this.payments = payments;
        this.desk = desk;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean hint(String paymentId) {
        if (paymentId == null || !PAYMENT_ID.matcher(paymentId).matches()) {
            String shown = paymentId == null ? "" : paymentId.substring(0, Math.min(paymentId.length(), 100));
            log(shown, Optional.empty(), Optional.empty(), Verdict.MALFORMED.name(),
                    "payment id is not a PayMaster id");
            return false;
        }
        PaymentStatus payment;
        try {
            payment = api.payment(paymentId);
        } catch (GatewayApiException e) {
            boolean unknown = e.httpStatus().orElse(0) == 404;
            log(paymentId, Optional.empty(), Optional.empty(), unknown ? UNKNOWN_PAYMENT : FAILED, e.getMessage());
            if (unknown) {
                return false;
            }
            throw e;
        }
        Optional<Order> order = order(payment.orderNo());
        String verdict = verdict(paymentId, payment, order);
        if (verdict != null) {
            log(paymentId, Optional.of(payment), order, verdict, "");
            return false;
        }
        Outcome outcome;
        try {
            outcome = Invoices.recordRetrying(transactions, () -> record(order.get().id(), payment));
        } catch (RuntimeException e) {
            log(paymentId, Optional.of(payment), order, FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
        log(paymentId, Optional.of(payment), order, outcome.verdict(), "");
        outcome.paid().ifPresent(desk::afterCommit);
        return outcome.verdict().equals(Verdict.ACCEPTED.name()) || outcome.verdict().equals(Verdict.DUPLICATE.name());
    }

    /** Why the payment cannot be recorded, read outside the transaction; null when it may be. */
    private String verdict(String paymentId, PaymentStatus p, Optional<Order> order) {
        if (!paymentId.equals(p.id())) {
            return UNKNOWN_PAYMENT;
        }
        if (!PaymentStatus.SETTLED.equals(p.status())) {
            return NOT_SETTLED;
        }
        if (p.testMode() && !testPaymentsAllowed) {
            return Verdict.TEST_NOT_ALLOWED.name();
        }
        if (!"RUB".equals(p.currency())) {
            return Verdict.WRONG_CURRENCY.name();
        }
        if (order.isEmpty()) {
            return Verdict.UNKNOWN_ORDER.name();
        }
        Optional<Money> amount = AMOUNT.matcher(p.amount()).matches()
                ? GatewayCallsService.kopecks(p.amount()) : Optional.empty();
        if (amount.isEmpty() || !amount.get().isPositive()) {
            return Verdict.WRONG_AMOUNT.name();
        }
        return null;
    }

    private record Outcome(String verdict, Optional<Order> paid) {
    }

    /** In the transaction: once per payment id, only to an Unpaid order with an owner, only the exact amount. */
    private Outcome record(OrderId id, PaymentStatus p) {
        if (payments.byGatewayId(GATEWAY, p.id()).isPresent()) {
            return new Outcome(Verdict.DUPLICATE.name(), Optional.empty());
        }
        Optional<Order> found = orders.find(id);
        if (found.isEmpty()) {
            return new Outcome(Verdict.UNKNOWN_ORDER.name(), Optional.empty());
        }
        Order order = found.get();
        if (order.status() != OrderStatus.UNPAID || order.owner().isEmpty()) {
            return new Outcome(Verdict.NOT_PAYABLE.name(), Optional.empty());
        }
        Money amount = GatewayCallsService.kopecks(p.amount()).orElseThrow();
        if (!amount.equals(desk.outstanding(order))) {
            return new Outcome(Verdict.WRONG_AMOUNT.name(), Optional.empty());
        }
        Optional<Order> saved = desk.pay(order, PaymentKind.GATEWAY, order.owner(), amount, Optional.of(GATEWAY),
                Optional.of(p.id()), Optional.empty(), ids.nextPaymentId());
        return saved.map(o -> new Outcome(Verdict.ACCEPTED.name(),
                        o.status() == OrderStatus.PAID ? Optional.of(o) : Optional.empty()))
                .orElseGet(() -> new Outcome(Verdict.DUPLICATE.name(), Optional.empty()));
    }

    /** The order an orderNo {@code ORDER-<id>} names, when it exists. */
    private Optional<Order> order(String orderNo) {
        return Invoices.order(orderNo).flatMap(orders::find);
    }

    /**
     * The hint has no body worth keeping (it is not believed); the log keeps what PayMaster confirmed
     * when it was asked, so an entry shows what the verdict was based on.
     */
    private void log(String paymentId, Optional<PaymentStatus> payment, Optional<Order> order, String verdict,
                     String problem) {
        String body = payment.map(p -> "confirmed by GET /api/v2/payments/" + p.id() + ": status=" + p.status()
                + " amount=" + p.amount() + " currency=" + p.currency() + " orderNo=" + p.orderNo()
                + " testMode=" + p.testMode()).orElse("");
        String headers = problem.isEmpty() ? "" : "(ordercore: " + problem + ")";
        transactions.inTransaction(() -> payments.log(new Payments.LogEntry(0, GATEWAY, ENDPOINT, headers, body, verdict,
                Optional.of(paymentId).filter(s -> !s.isBlank()), order.map(Order::id),
                clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }
}
