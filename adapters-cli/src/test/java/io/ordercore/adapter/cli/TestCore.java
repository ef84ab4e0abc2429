package io.ordercore.adapter.cli;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.CallReport;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.application.service.Ordercore;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.SimplePhoneNumbers;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The in-memory core at 2026-11-23T06:00Z (09:00 Moscow), with helpers to fill it. Commands run as
 * the administrator {@link CliRun#ADMIN}, named by ORDERCORE_CLI_AS, opened on the first run.
 */
final class TestCore {

    final MutableClock clock = MutableClock.atDefaultNow();
    final InMemoryCore memory = new InMemoryCore(clock);

    CliRun run(String... args) {
        admin();
        return CliRun.run(() -> memory.core, args);
    }

    /** Runs with exactly this environment (no administrator is opened). */
    CliRun run(CliEnvironment environment, String... args) {
        return CliRun.run(() -> memory.core, environment, args);
    }

    Ordercore core() {
        return memory.core;
    }

    /** The administrator the CLI acts as in these tests ({@link CliRun#ADMIN}). */
    Caller.SignedIn admin() {
        return memory.admin();
    }

    /** Category 1 "Birthdays" with call type 1 "Birthday greeting" at 1500 roubles. */
    TestCore withCallType() {
        core().manageCatalog().createCategory(admin(), "Birthdays");
        core().manageCatalog().createCallType(admin(),
                new CallTypeForm(1L, "Birthday greeting", 1500L, null, null, List.of(), null));
        return this;
    }

    /**
     * Places an order for call type 1 on 2026-11-25 10:00-12:00 Moscow, as the client with this
     * e-mail (opened by the first order); the clock moves a minute after.
     */
    Order place(String clientName, String email, String recipientName) {
        return place(clientName, email, recipientName, null);
    }

    private Order place(String clientName, String email, String recipientName, String couponCode) {
        Caller client = memory.accounts.findByEmail(Email.of(email))
                .<Caller>map(a -> core().authenticate().asAccount(email))
                .orElse(Caller.anonymous());
        Order order = core().placeCallOrder().place(client, new CallOrderForm(1L, clientName, email, recipientName,
                "+79161234567", "RU", "Moscow", "2026-11-25", "10:00", "12:00", null, "Be kind", false, true,
                couponCode, null, null)).order();
        clock.advance(Duration.ofMinutes(1));
        return order;
    }

    Order place() {
        return place("Ivan Petrov", "ivan@example.com", "Maria Ivanova");
    }

    /** Like {@link #place()}, paid in full by a FULL coupon at placement: Paid, and dispatch has run for it. */
    Order placePaid() {
        String code = core().manageCoupons().generate(admin(), new GenerateForm("FULL", null, 1, "Paid", null)).codes().get(0);
        return place("Ivan Petrov", "ivan@example.com", "Maria Ivanova", code);
    }

    /** An OPERATOR account opened by the administrator, with an ACTIVE profile at a tariff of 500.00 RUB; its id. */
    long operator(String email, String gender) {
        core().manageAccounts().create(admin(), new NewAccountForm(email, email.substring(0, email.indexOf('@')),
                "OPERATOR", null, null, null));
        return core().manageOperators().add(admin(), new OperatorForm(email, gender, List.of(), 50_000L, null, null))
                .operator().id().value();
    }

    /** The operator holding the order confirms it and a call of 60 s completes it, crediting the fee. */
    Order complete(Order order) {
        long operator = core().findOrders().get(admin(), order.id()).operator().orElseThrow().value();
        Caller holder = core().authenticate().asAccount(memory.accounts.find(new AccountId(operator)).orElseThrow()
                .email().value());
        core().operatorCabinet().confirm(holder, order.id());
        core().telephony().report(new CallReport(order.id().value(), operator, "2026-11-25T07:10:00Z",
                "2026-11-25T07:11:00Z", 60L, null, "ANSWERED", false));
        return core().findOrders().get(admin(), order.id());
    }

    /** The order's client reviews it; {@code attitude} +1, -1 or 0. */
    Review review(Order order, String text, int attitude) {
        Caller client = core().authenticate().asAccount(order.details().client().email().value());
        return core().reviews().leave(client, order.id(), text, attitude);
    }

    /** The codes of a new group of PERCENT coupons, generated by the administrator. */
    List<String> coupons(int percent, int count, String comment) {
        return core().manageCoupons().generate(admin(), new GenerateForm("PERCENT", percent, count, comment, null)).codes();
    }

    /** Applies the coupon to the order as its client. */
    Order applyCoupon(Order order, String code) {
        Caller client = core().authenticate().asAccount(order.details().client().email().value());
        return core().clientCoupons().apply(client, order.id(), code);
    }

    /**
     * The same core, except that every transaction throws a new {@code failure} (a new one each time:
     * the audit trail adds the failure of recording a refusal to the refusal as suppressed).
     */
    Supplier<Ordercore> failingWith(Supplier<RuntimeException> failure) {
        admin();
        Transactions failing = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw failure.get();
            }
        };
        Ordercore broken = with(memory.orders, failing);
        return () -> broken;
    }

    /** The same stores, with these orders and transactions. */
    Ordercore with(Orders orders, Transactions transactions) {
        return with(orders, transactions, memory.finance());
    }

    /** The same stores, with these integrity checks in place of the ones reading the stores. */
    Ordercore withIntegrity(IntegrityChecks integrity) {
        Ordercore.Finance money = memory.finance();
        return with(memory.orders, memory.store, new Ordercore.Finance(money.payments(), money.ledger(), integrity,
                money.gateways(), money.idempotencyKeys()));
    }

    private Ordercore with(Orders orders, Transactions transactions, Ordercore.Finance finance) {
        return new Ordercore(new Ordercore.Ports(orders, memory.catalog, memory.ids, transactions, new SimplePhoneNumbers(),
                clock, memory.accounts, memory.points, memory.hasher, memory.revokedTokens, memory.audit, memory.outbox,
                memory.sender, memory.coupons, memory.settings, memory.fulfilment(), finance,
                memory.partnership()));
    }
}
