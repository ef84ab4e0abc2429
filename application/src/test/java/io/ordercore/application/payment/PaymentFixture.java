package io.ordercore.application.payment;

import static io.ordercore.application.testing.CallOrderForms.aForm;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.port.out.PaymentGateway;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The setup every payment test starts from: the core in memory at 2026-11-23 09:00 Moscow with the
 * fake gateway, a 500-rouble "Birthday greeting" (50000 kopecks), a signed-in client at the main
 * point, no operators (so a paid order stays Paid, waiting in the dispatch queue), and helpers to
 * send the fake gateway's calls and read the money back.
 */
final class PaymentFixture {

    static final String GATEWAY = FakeGateway.NAME;
    static final long PRICE = 50_000;

    final MutableClock clock = MutableClock.atDefaultNow();
    final InMemoryCore memory = new InMemoryCore(clock);
    final Ordercore core = memory.core;
    final Caller.SignedIn admin = memory.admin();
    final long callType = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
    final Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");

    Caller.SignedIn newClient(String email) {
        return memory.signedIn(Role.CLIENT, email);
    }

    /** An Unpaid order of the client's for the birthday greeting. */
    Order unpaidOrder() {
        return unpaidOrder(client);
    }

    Order unpaidOrder(Caller.SignedIn owner) {
        Order order = core.placeCallOrder().place(owner, aForm(callType).build()).order();
        if (order.status() != OrderStatus.UNPAID) {
            throw new IllegalStateException("expected an Unpaid order, got " + order.status());
        }
        return order;
    }

    static String invoice(Order order) {
        return "ORDER-" + order.id().value();
    }

    Order stored(Order order) {
        return memory.orders.find(order.id()).orElseThrow();
    }

    // --- gateway calls -------------------------------------------------------------------------

    static PaymentGateway.Call payment(String externalId, String invoice, String account, String amount) {
        return FakeGateway.call("PAYMENT", externalId, invoice, account, amount, "RUB", false);
    }

    static PaymentGateway.Call preCheck(String invoice, String account, String amount) {
        return FakeGateway.call("PRE_CHECK", "", invoice, account, amount, "RUB", false);
    }

    PaymentGateway.Reply send(PaymentGateway.Call call) {
        return core.gatewayCalls().handle(GATEWAY, call);
    }

    Verdict verdictOf(PaymentGateway.Call call) {
        return Verdict.valueOf(send(call).body());
    }

    /** A gateway payment of {@code amount} for the order (no account sent). */
    Verdict pay(Order order, String externalId, String amount) {
        return verdictOf(payment(externalId, invoice(order), "", amount));
    }

    // --- balances ----------------------------------------------------------------------------

    /** Credits the client's points by an administrator's adjustment. */
    void credit(Caller.SignedIn who, long kopecks) {
        core.balance().adjust(admin, who.id().value(), kopecks, "test credit");
    }

    Money points(Caller.SignedIn who) {
        return memory.ledger.balance(LedgerAccount.clientPoints(who.id()));
    }

    Money balance(LedgerAccount account) {
        return memory.ledger.balance(account);
    }

    List<LedgerEntry> entries(LedgerAccount account) {
        return memory.ledger.entries(account, 0, 1000);
    }

    List<LedgerEntry> entries(Caller.SignedIn who) {
        return entries(LedgerAccount.clientPoints(who.id()));
    }

    List<Payment> payments(Order order) {
        return memory.payments.forOrder(order.id());
    }

    static final List<LedgerAccount> SYSTEM_ACCOUNTS = List.of(LedgerAccount.GATEWAY_CLEARING,
            LedgerAccount.OFFLINE_CLEARING, LedgerAccount.SALES, LedgerAccount.BONUS_EXPENSE, LedgerAccount.ADJUSTMENTS,
            LedgerAccount.REFUNDS_DUE);

    /** Every entry of the system accounts and of the given clients' points. */
    List<LedgerEntry> allEntries(Caller.SignedIn... clients) {
        List<LedgerEntry> all = new ArrayList<>();
        Stream.concat(SYSTEM_ACCOUNTS.stream(), Stream.of(clients).map(c -> LedgerAccount.clientPoints(c.id())))
                .distinct().forEach(a -> all.addAll(entries(a)));
        return all;
    }

    /** What the money and the order look like now, to compare before and after something that must change nothing. */
    record Snapshot(List<LedgerEntry> entries, List<Payment> payments, OrderStatus status, long version) {
    }

    Snapshot snapshot(Order order, Caller.SignedIn... clients) {
        Order now = stored(order);
        Caller.SignedIn[] all = Stream.concat(Stream.of(client), Stream.of(clients)).toArray(Caller.SignedIn[]::new);
        return new Snapshot(allEntries(all), payments(order), now.status(), now.version());
    }

    // --- the rest ----------------------------------------------------------------------------

    Order cancel(Order order) {
        return core.changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(order.id(), OrderStatus.CANCELLED, admin,
                "client asked"));
    }

    List<Notification> mails(NotificationType type) {
        return memory.outbox.all().stream().map(m -> m.notification()).filter(n -> n.type() == type).toList();
    }

    static Money kopecks(long kopecks) {
        return Money.kopecks(kopecks);
    }

    static OrderId noSuchOrder() {
        return new OrderId(999_999);
    }
}
