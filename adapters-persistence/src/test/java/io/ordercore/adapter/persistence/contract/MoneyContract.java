package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ledger.Posted;
import io.ordercore.application.port.out.Payments.LogEntry;
import io.ordercore.application.port.out.Payments.Query;
import io.ordercore.application.testing.InMemoryLedger;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every store of payments, the gateway log, the ledger and the integrity checks must do. The
 * SQL stores share one database per test class, so each test works on ids, accounts and keys of its
 * own, and reads the integrity checks' lines about those only; problems are planted behind the
 * ports' backs ({@link Tampering}) or by storing what a buggy core could store.
 */
public abstract class MoneyContract {

    protected abstract PortSet ports();

    /** Writes behind the ports' backs, to plant what the integrity checks must find. */
    protected interface Tampering {

        /** Sets an account's kept balance, leaving its entries as they are. */
        void setBalance(LedgerAccount account, Money balance);

        /** Adds an entry to a movement (existing or not), leaving balances as they are. */
        void addEntry(String movementKey, LedgerAccount account, Money amount);
    }

    protected abstract Tampering tampering();

    /** Tampering with the SQL tables directly. */
    static Tampering sqlTampering(Sql sql) {
        return new Tampering() {
            @Override
            public void setBalance(LedgerAccount account, Money balance) {
                if (sql.run("UPDATE ledger_balance SET balance_minor = ? WHERE account_key = ?",
                        List.of(balance.minor(), account.key()), PreparedStatement::executeUpdate) == 0) {
                    sql.run("INSERT INTO ledger_balance (account_key, balance_minor) VALUES (?, ?)",
                            List.of(account.key(), balance.minor()), PreparedStatement::executeUpdate);
                }
            }

            @Override
            public void addEntry(String movementKey, LedgerAccount account, Money amount) {
                sql.run("INSERT INTO ledger_entry (movement_key, account_key, amount_minor, cause, cause_ref, at)"
                                + " VALUES (?, ?, ?, 'ADJUSTMENT', 'tampered', ?)",
                        List.of(movementKey, account.key(), amount.minor(), Instant.EPOCH.atOffset(ZoneOffset.UTC)),
                        PreparedStatement::executeUpdate);
            }
        };
    }

    /** Tampering through the in-memory ledger's back doors. */
    static Tampering inMemoryTampering(InMemoryLedger ledger) {
        return new Tampering() {
            @Override
            public void setBalance(LedgerAccount account, Money balance) {
                ledger.tamperBalance(account, balance);
            }

            @Override
            public void addEntry(String movementKey, LedgerAccount account, Money amount) {
                ledger.tamperEntry(movementKey, account, amount);
            }
        };
    }

    /** Microseconds: what both databases keep. */
    private final Instant now = Instant.parse("2026-11-23T06:00:00.000001Z");
    private final MutableClock clock = MutableClock.atDefaultNow();
    private final SecureRandom random = new SecureRandom();

    private <T> T tx(Supplier<T> work) {
        return ports().transactions().inTransaction(work);
    }

    private void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    private AccountId accountId() {
        return ports().ids().nextAccountId();
    }

    private OrderId orderId() {
        return ports().ids().nextOrderId();
    }

    private long paymentId() {
        return ports().ids().nextPaymentId();
    }

    private LedgerAccount client() {
        return LedgerAccount.clientPoints(accountId());
    }

    /** A system account of this test alone (its name is letters and hyphens only). */
    private LedgerAccount systemAccount() {
        StringBuilder name = new StringBuilder("system:test-");
        for (int i = 0; i < 12; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return new LedgerAccount(name.toString());
    }

    private static String key(String prefix) {
        return prefix + ":" + UUID.randomUUID();
    }

    private Movement movement(String key, LedgerAccount from, LedgerAccount to, long kopecks) {
        return new Movement(key, from, to, Money.kopecks(kopecks), Cause.TRANSFER, "ref-" + key, now);
    }

    private Posted post(Movement movement) {
        return tx(() -> ports().ledger().post(movement));
    }

    /** Credits a client from the adjustments account (which may go negative). */
    private LedgerAccount clientWith(long kopecks) {
        LedgerAccount client = client();
        assertThat(post(movement(key("fund"), LedgerAccount.ADJUSTMENTS, client, kopecks))).isEqualTo(Posted.POSTED);
        return client;
    }

    private Payment gatewayPayment(OrderId order, AccountId payer, String gateway, String externalId, long kopecks, Instant at) {
        return new Payment(paymentId(), order, Optional.of(payer), PaymentKind.GATEWAY, Optional.of(gateway),
                Optional.of(externalId), Money.kopecks(kopecks), Optional.of("card"), at);
    }

    private Payment payment(OrderId order, Optional<AccountId> payer, PaymentKind kind, long kopecks, Instant at) {
        return new Payment(paymentId(), order, payer, kind, Optional.empty(), Optional.empty(), Money.kopecks(kopecks),
                kind == PaymentKind.OFFLINE ? Optional.of("receipt 12/7") : Optional.empty(), at);
    }

    // ---- payments ----

    @Test
    void aGatewayPaymentIsRecordedOnceByItsGatewayId() {
        OrderId order = orderId();
        AccountId payer = accountId();
        String externalId = "ext-" + UUID.randomUUID();
        Payment first = gatewayPayment(order, payer, "paymaster", externalId, 50_000, now);
        assertThat(tx(() -> ports().payments().record(first))).isTrue();

        Payment repeated = gatewayPayment(order, payer, "paymaster", externalId, 50_000, now.plusSeconds(5));
        assertThat(tx(() -> ports().payments().record(repeated))).as("a repeated notification").isFalse();
        Payment sameId = new Payment(first.id(), order, Optional.of(payer), PaymentKind.GATEWAY, Optional.of("paymaster"),
                Optional.of("other-" + externalId), Money.kopecks(1), Optional.empty(), now);
        assertThat(tx(() -> ports().payments().record(sameId))).as("an id taken").isFalse();
        Payment elsewhere = gatewayPayment(order, payer, "cloudpayments", externalId, 1_000, now);
        assertThat(tx(() -> ports().payments().record(elsewhere))).as("the same id at another gateway").isTrue();

        assertThat(ports().payments().forOrder(order)).containsExactly(first, elsewhere);
        assertThat(ports().payments().byGatewayId("paymaster", externalId)).contains(first);
        assertThat(ports().payments().byGatewayId("paymaster", "other-" + externalId)).isEmpty();
        assertThat(ports().payments().paidFor(order)).isEqualTo(Money.kopecks(51_000));
    }

    @Test
    void paymentsOfEveryKindAddUpPerOrderAndThoseWithoutGatewayNeverClash() {
        OrderId order = orderId();
        AccountId payer = accountId();
        Payment balance = payment(order, Optional.of(payer), PaymentKind.BALANCE, 10_000, now);
        Payment cash = payment(order, Optional.empty(), PaymentKind.OFFLINE, 20_000, now);
        Payment moreCash = payment(order, Optional.empty(), PaymentKind.OFFLINE, 20_000, now);
        Payment coupon = payment(order, Optional.of(payer), PaymentKind.COUPON, 0, now);
        for (Payment p : List.of(balance, cash, moreCash, coupon)) {
            assertThat(tx(() -> ports().payments().record(p))).isTrue();
        }

        assertThat(ports().payments().forOrder(order)).containsExactly(balance, cash, moreCash, coupon);
        assertThat(ports().payments().paidFor(order)).isEqualTo(Money.kopecks(50_000));
        assertThat(ports().payments().paidFor(orderId())).isEqualTo(Money.zero(Money.RUB));
        assertThat(ports().payments().forOrder(orderId())).isEmpty();
    }

    @Test
    void theListFiltersAndPagesNewestFirst() {
        AccountId payer = accountId();
        OrderId order = orderId();
        Payment a = gatewayPayment(order, payer, "paymaster", "a-" + UUID.randomUUID(), 1_000, now);
        Payment b = gatewayPayment(order, payer, "cloudpayments", "b-" + UUID.randomUUID(), 5_000, now.plusSeconds(10));
        Payment c = payment(order, Optional.of(payer), PaymentKind.BALANCE, 9_000, now.plusSeconds(20));
        Payment d = payment(order, Optional.of(payer), PaymentKind.COUPON, 0, now.plusSeconds(30));
        Payment otherPayer = gatewayPayment(order, accountId(), "paymaster", "o-" + UUID.randomUUID(), 1_000, now);
        run(() -> List.of(a, b, c, d, otherPayer).forEach(ports().payments()::record));

        Function<Query, List<Long>> ids = q -> ports().payments().list(q).stream().map(Payment::id).toList();
        Optional<AccountId> mine = Optional.of(payer);
        Optional<Instant> none = Optional.empty();
        Optional<Long> any = Optional.empty();
        assertThat(ids.apply(new Query(none, none, mine, Optional.empty(), Optional.empty(), any, any, 0, 10)))
                .containsExactly(d.id(), c.id(), b.id(), a.id());
        assertThat(ids.apply(new Query(none, none, mine, Optional.empty(), Optional.empty(), any, any, c.id(), 1)))
                .as("before an id, limited").containsExactly(b.id());
        assertThat(ids.apply(new Query(Optional.of(now.plusSeconds(10)), Optional.of(now.plusSeconds(30)), mine,
                Optional.empty(), Optional.empty(), any, any, 0, 10))).as("from inclusive, to exclusive")
                .containsExactly(c.id(), b.id());
        assertThat(ids.apply(new Query(none, none, mine, Optional.of("paymaster"), Optional.empty(), any, any, 0, 10)))
                .containsExactly(a.id());
        assertThat(ids.apply(new Query(none, none, mine, Optional.empty(), Optional.of(PaymentKind.GATEWAY), any, any, 0, 10)))
                .containsExactly(b.id(), a.id());
        assertThat(ids.apply(new Query(none, none, mine, Optional.empty(), Optional.empty(), Optional.of(1_000L),
                Optional.of(5_000L), 0, 10))).as("amounts inclusive").containsExactly(b.id(), a.id());
        assertThat(ids.apply(new Query(none, none, mine, Optional.empty(), Optional.empty(), Optional.of(1L), any, 0, 10)))
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(ids.apply(new Query(none, none, Optional.empty(), Optional.empty(), Optional.empty(), any, any,
                otherPayer.id() + 1, 2))).as("everyone's").containsExactly(otherPayer.id(), d.id());
        assertThat(ports().payments().list(new Query(none, none, mine, Optional.empty(), Optional.empty(), any, any, 0, 10)))
                .first().isEqualTo(d);
    }

    @Test
    void theGatewayLogKeepsEveryCallNewestFirst() {
        String gateway = "gw-" + UUID.randomUUID();
        OrderId order = orderId();
        LogEntry forged = new LogEntry(0, gateway, "/payments/" + gateway + "/notify", "content-type: text/plain",
                "x".repeat(30_000), "BAD_SIGNATURE", Optional.empty(), Optional.empty(), now);
        LogEntry accepted = new LogEntry(0, gateway, "/payments/" + gateway + "/notify",
                "content-type: application/x-www-form-urlencoded\nx-signature: abc", "LMI_PAYMENT_NO=42&note=Привет 😀",
                "ACCEPTED", Optional.of("ext-1"), Optional.of(order), now.plusSeconds(1));
        LogEntry repeated = new LogEntry(0, gateway, "/payments/" + gateway + "/notify", "", "", "DUPLICATE",
                Optional.of("ext-1"), Optional.of(order), now.plusSeconds(2));
        ports().payments().log(forged);
        ports().payments().log(accepted);
        ports().payments().log(repeated);
        ports().payments().log(new LogEntry(0, "gw-" + UUID.randomUUID(), "/x", "", "", "ACCEPTED", Optional.empty(),
                Optional.empty(), now));

        List<LogEntry> all = ports().payments().logEntries(Optional.of(gateway), Optional.empty(), 0, 10);
        assertThat(all).extracting(LogEntry::verdict).containsExactly("DUPLICATE", "ACCEPTED", "BAD_SIGNATURE");
        assertThat(all).extracting(LogEntry::id).isSortedAccordingTo((x, y) -> Long.compare(y, x)).allMatch(id -> id > 0);
        assertThat(all.get(1)).as("kept exactly, with an id of its own").isEqualTo(new LogEntry(all.get(1).id(),
                accepted.gateway(), accepted.endpoint(), accepted.headers(), accepted.body(), accepted.verdict(),
                accepted.externalId(), accepted.order(), accepted.at()));
        assertThat(all.get(2).body()).hasSize(30_000);
        assertThat(all.get(2).externalId()).isEmpty();
        assertThat(ports().payments().logEntries(Optional.of(gateway), Optional.of("ACCEPTED"), 0, 10)).containsExactly(
                all.get(1));
        assertThat(ports().payments().logEntries(Optional.of(gateway), Optional.empty(), all.get(0).id(), 1))
                .containsExactly(all.get(1));
        assertThat(ports().payments().logEntries(Optional.empty(), Optional.empty(), all.get(0).id() + 1, 1))
                .containsExactly(all.get(0));
        assertThat(ports().payments().logEntries(Optional.empty(), Optional.of("DUPLICATE"), 0, 1000)).contains(all.get(0));
    }

    // ---- ledger ----

    @Test
    void aMovementIsTwoEntriesThatMoveBothBalances() {
        LedgerAccount source = systemAccount();
        LedgerAccount client = client();
        String key = key("topup");
        Movement m = new Movement(key, source, client, Money.kopecks(12_345), Cause.TOP_UP, "payment 77", now);
        assertThat(post(m)).isEqualTo(Posted.POSTED);

        assertThat(ports().ledger().balance(client)).isEqualTo(Money.kopecks(12_345));
        assertThat(ports().ledger().balance(source)).as("a system account goes negative").isEqualTo(Money.kopecks(-12_345));
        assertThat(ports().ledger().entries(client, 0, 10)).extracting(LedgerEntry::movementKey, LedgerEntry::account,
                        LedgerEntry::amount, LedgerEntry::cause, LedgerEntry::causeRef, LedgerEntry::at)
                .containsExactly(tuple(key, client, Money.kopecks(12_345), Cause.TOP_UP, "payment 77", now));
        assertThat(ports().ledger().entries(source, 0, 10)).extracting(LedgerEntry::amount)
                .containsExactly(Money.kopecks(-12_345));
        assertThat(ports().ledger().balance(client())).as("an account never used").isEqualTo(Money.zero(Money.RUB));
        assertThat(ports().ledger().entries(client(), 0, 10)).isEmpty();
    }

    @Test
    void aKeyPostedTwiceMovesMoneyOnce() {
        LedgerAccount client = client();
        String key = key("payment");
        assertThat(post(movement(key, LedgerAccount.GATEWAY_CLEARING, client, 500))).isEqualTo(Posted.POSTED);
        assertThat(post(movement(key, LedgerAccount.GATEWAY_CLEARING, client, 500))).isEqualTo(Posted.DUPLICATE);
        assertThat(post(movement(key, LedgerAccount.OFFLINE_CLEARING, client, 900))).as("whatever it moves")
                .isEqualTo(Posted.DUPLICATE);
        assertThat(post(movement(key, client, LedgerAccount.SALES, 100))).as("even a client's spend")
                .isEqualTo(Posted.DUPLICATE);
        assertThat(tx(() -> List.of(ports().ledger().post(movement(key + "-2", LedgerAccount.BONUS_EXPENSE, client, 7)),
                ports().ledger().post(movement(key + "-2", LedgerAccount.BONUS_EXPENSE, client, 7)))))
                .as("twice in one transaction").containsExactly(Posted.POSTED, Posted.DUPLICATE);

        assertThat(ports().ledger().balance(client)).isEqualTo(Money.kopecks(507));
        assertThat(ports().ledger().entries(client, 0, 10)).hasSize(2);
        assertThat(lines(ports().integrityChecks().unbalancedMovements(), "movement " + key + ":")).isEmpty();
    }

    @Test
    void aClientCannotSpendMoreThanItsBalanceAndARefusalWritesNothing() {
        LedgerAccount client = clientWith(1_000);
        String key = key("spend");
        assertThat(post(movement(key, client, LedgerAccount.SALES, 1_001))).isEqualTo(Posted.INSUFFICIENT);
        assertThat(ports().ledger().balance(client)).isEqualTo(Money.kopecks(1_000));
        assertThat(ports().ledger().entries(client, 0, 10)).hasSize(1);

        assertThat(post(movement(key, client, LedgerAccount.SALES, 1_000))).as("the key was not taken, all of it may go")
                .isEqualTo(Posted.POSTED);
        assertThat(ports().ledger().balance(client)).isEqualTo(Money.zero(Money.RUB));
        assertThat(post(movement(key("spend"), client, LedgerAccount.SALES, 1))).isEqualTo(Posted.INSUFFICIENT);
        assertThat(post(movement(key("spend"), client(), LedgerAccount.SALES, 1))).as("a client never credited")
                .isEqualTo(Posted.INSUFFICIENT);
        assertThat(ports().ledger().entries(client, 0, 10)).hasSize(2);
    }

    @Test
    void aRefusedTransferBetweenClientsChangesNeitherWhicheverKeyComesFirst() {
        // Both directions, so that the payer's key comes first in one and second in the other.
        LedgerAccount low = clientWith(300);
        LedgerAccount high = clientWith(200);
        String toLower = key("transfer");
        String toHigher = key("transfer");

        assertThat(post(movement(toLower, high, low, 201))).isEqualTo(Posted.INSUFFICIENT);
        assertThat(post(movement(toHigher, low, high, 301))).isEqualTo(Posted.INSUFFICIENT);
        assertThat(ports().ledger().balance(low)).isEqualTo(Money.kopecks(300));
        assertThat(ports().ledger().balance(high)).isEqualTo(Money.kopecks(200));
        assertThat(ports().ledger().entries(low, 0, 10)).hasSize(1);
        assertThat(ports().ledger().entries(high, 0, 10)).hasSize(1);

        assertThat(post(movement(toLower, high, low, 200))).isEqualTo(Posted.POSTED);
        assertThat(post(movement(toHigher, low, high, 500))).isEqualTo(Posted.POSTED);
        assertThat(ports().ledger().balance(low)).isEqualTo(Money.zero(Money.RUB));
        assertThat(ports().ledger().balance(high)).isEqualTo(Money.kopecks(500));
        assertThat(lines(ports().integrityChecks().balancesNotMatchingEntries(), low.key() + ":", high.key() + ":")).isEmpty();
    }

    @Test
    void aRefusalOrARepeatLeavesTheCallersTransactionUsable() {
        LedgerAccount client = clientWith(100);
        String used = key("bonus");
        post(movement(used, LedgerAccount.BONUS_EXPENSE, client, 1));
        String fresh = key("spend");
        List<Posted> outcomes = tx(() -> List.of(
                ports().ledger().post(movement(fresh, client, LedgerAccount.SALES, 1_000)),
                ports().ledger().post(movement(used, LedgerAccount.BONUS_EXPENSE, client, 1)),
                ports().ledger().post(movement(fresh, client, LedgerAccount.SALES, 101))));

        assertThat(outcomes).containsExactly(Posted.INSUFFICIENT, Posted.DUPLICATE, Posted.POSTED);
        assertThat(ports().ledger().balance(client)).isEqualTo(Money.zero(Money.RUB));
    }

    @Test
    void systemAccountsGoNegativeFreely() {
        LedgerAccount system = systemAccount();
        LedgerAccount other = systemAccount();
        LedgerAccount client = client();
        assertThat(post(movement(key("a"), system, client, 1_000_000))).isEqualTo(Posted.POSTED);
        assertThat(post(movement(key("b"), system, other, 5))).isEqualTo(Posted.POSTED);
        assertThat(post(movement(key("c"), other, system, 1))).isEqualTo(Posted.POSTED);

        assertThat(ports().ledger().balance(system)).isEqualTo(Money.kopecks(-1_000_004));
        assertThat(ports().ledger().balance(other)).isEqualTo(Money.kopecks(4));
        assertThat(lines(ports().integrityChecks().balancesNotMatchingEntries(), system.key() + ":", other.key() + ":"))
                .as("only clients may not go negative").isEmpty();
    }

    @Test
    void entriesPageNewestFirst() {
        LedgerAccount client = client();
        List<String> keys = List.of(key("m"), key("m"), key("m"));
        keys.forEach(k -> post(movement(k, LedgerAccount.ADJUSTMENTS, client, 10)));

        List<LedgerEntry> all = ports().ledger().entries(client, 0, 10);
        assertThat(all).extracting(LedgerEntry::movementKey).containsExactly(keys.get(2), keys.get(1), keys.get(0));
        assertThat(ports().ledger().entries(client, 0, 2)).containsExactly(all.get(0), all.get(1));
        assertThat(ports().ledger().entries(client, all.get(1).id(), 10)).containsExactly(all.get(2));
        assertThat(ports().ledger().entries(client, all.get(2).id(), 10)).isEmpty();
    }

    // ---- integrity checks ----

    /** The lines about the given keys or ids only (the SQL stores hold other tests' data too). */
    private static List<String> lines(List<String> found, String... prefixes) {
        return found.stream().filter(line -> java.util.Arrays.stream(prefixes).anyMatch(line::startsWith)).toList();
    }

    private static String orderPrefix(OrderId order) {
        return "order " + order.value() + " ";
    }

    private static String paymentPrefix(Payment payment) {
        return "payment " + payment.id() + " ";
    }

    /** A new order for {@code roubles}, not saved. */
    private Order placed(long roubles) {
        TestOrders template = TestOrders.anOrder();
        return Order.place(orderId(), template.owner().orElseThrow(), template.point(), template.details(),
                OrderPrice.undiscounted(Money.roubles(roubles)), Actor.client("c@example.com"), clock);
    }

    /** Records a money payment and its movement, as the core does. */
    private Payment paid(OrderId order, PaymentKind kind, long kopecks, boolean withMovement) {
        Payment p = payment(order, Optional.empty(), kind, kopecks, now);
        run(() -> {
            ports().payments().record(p);
            if (withMovement) {
                ports().ledger().post(new Movement("payment:" + p.id(), LedgerAccount.OFFLINE_CLEARING, LedgerAccount.SALES,
                        p.amount(), Cause.ORDER_PAYMENT, String.valueOf(order.value()), now));
            }
        });
        return p;
    }

    private Order save(Order order) {
        return tx(() -> ports().orders().save(order));
    }

    /** The lines of every check about the given keys or ids. */
    private List<String> allLines(IntegrityChecks checks, String... prefixes) {
        return lines(java.util.stream.Stream.of(checks.balancesNotMatchingEntries(), checks.unbalancedMovements(),
                checks.paidOrdersNotCovered(), checks.paymentsWithoutEntries(), checks.statusesContradictingPayments())
                .flatMap(List::stream).toList(), prefixes);
    }

    @Test
    void consistentMoneyReportsNothing() {
        Order paidInFull = placed(500);
        Payment offline = paid(paidInFull.id(), PaymentKind.OFFLINE, 30_000, true);
        Payment rest = paid(paidInFull.id(), PaymentKind.BALANCE, 20_000, true);
        paidInFull.recordPayment(Money.roubles(500), Money.zero(Money.RUB), "test", clock);
        save(paidInFull);
        Order partly = placed(500);
        save(partly);
        Payment part = paid(partly.id(), PaymentKind.OFFLINE, 10_000, true);
        Order byCoupon = placed(500);
        byCoupon.applyCoupon(new AppliedCoupon(CouponCode.random(random), CouponKind.FULL, 100), Actor.client("c@example.com"),
                clock);
        save(byCoupon);
        Payment coupon = paid(byCoupon.id(), PaymentKind.COUPON, 0, false);
        LedgerAccount a = clientWith(5_000);
        LedgerAccount b = client();
        String transfer = key("transfer");
        post(movement(transfer, a, b, 4_999));

        assertThat(ports().orders().find(byCoupon.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThat(allLines(ports().integrityChecks(), orderPrefix(paidInFull.id()), orderPrefix(partly.id()),
                orderPrefix(byCoupon.id()), paymentPrefix(offline), paymentPrefix(rest), paymentPrefix(part),
                paymentPrefix(coupon), a.key() + ":", b.key() + ":", "movement " + transfer + ":",
                "movement payment:" + offline.id() + ":"))
                .isEmpty();
    }

    @Test
    void aKeptBalanceDifferentFromItsEntriesOrAClientBelowZeroIsReported() {
        LedgerAccount wrong = clientWith(1_000);
        LedgerAccount negative = client();
        LedgerAccount noBalance = client();
        LedgerAccount fine = clientWith(1_000);
        tampering().setBalance(wrong, Money.kopecks(900));
        tampering().setBalance(negative, Money.kopecks(-500));
        tampering().addEntry(key("tamper"), negative, Money.kopecks(-500));
        tampering().addEntry(key("tamper"), noBalance, Money.kopecks(300));

        assertThat(lines(ports().integrityChecks().balancesNotMatchingEntries(), wrong.key() + ":", negative.key() + ":",
                noBalance.key() + ":", fine.key() + ":")).containsExactlyInAnyOrder(
                wrong.key() + ": balance 9.00 but entries sum to 10.00",
                negative.key() + ": balance -5.00 is below zero",
                noBalance.key() + ": balance 0.00 but entries sum to 3.00");
    }

    @Test
    void aMovementWhoseEntriesDoNotBalanceIsReported() {
        LedgerAccount client = client();
        String extraEntry = key("m");
        String wrongSum = key("m");
        String fine = key("m");
        post(movement(extraEntry, LedgerAccount.ADJUSTMENTS, client, 100));
        post(movement(fine, LedgerAccount.ADJUSTMENTS, client, 100));
        tampering().addEntry(extraEntry, client, Money.kopecks(5));
        tampering().addEntry(wrongSum, client, Money.kopecks(-100));
        tampering().addEntry(wrongSum, LedgerAccount.SALES, Money.kopecks(95));

        assertThat(lines(ports().integrityChecks().unbalancedMovements(), "movement " + extraEntry + ":",
                "movement " + wrongSum + ":", "movement " + fine + ":")).containsExactlyInAnyOrder(
                "movement " + extraEntry + ": 3 entries, not 2, summing to 0.05",
                "movement " + wrongSum + ": entries sum to -0.05");
    }

    @Test
    void aPaidOrderItsPaymentsDoNotCoverIsReported() {
        Order underpaid = placed(500);
        underpaid.recordPayment(Money.roubles(500), Money.zero(Money.RUB), "test", clock);
        save(underpaid);
        paid(underpaid.id(), PaymentKind.OFFLINE, 40_000, true);
        Order proposedUnpaid = placed(300);
        proposedUnpaid.recordPayment(Money.roubles(300), Money.zero(Money.RUB), "test", clock);
        proposedUnpaid.propose(accountId(), Actor.system("dispatch"), "test", clock);
        save(proposedUnpaid);
        Order covered = placed(500);
        paid(covered.id(), PaymentKind.OFFLINE, 50_000, true);
        covered.recordPayment(Money.roubles(500), Money.zero(Money.RUB), "test", clock);
        save(covered);
        Order couponCovered = placed(100);
        couponCovered.applyCoupon(new AppliedCoupon(CouponCode.random(random), CouponKind.FULL, 100),
                Actor.client("c@example.com"), clock);
        save(couponCovered);
        paid(couponCovered.id(), PaymentKind.COUPON, 0, false);

        assertThat(lines(ports().integrityChecks().paidOrdersNotCovered(), orderPrefix(underpaid.id()),
                orderPrefix(proposedUnpaid.id()), orderPrefix(covered.id()), orderPrefix(couponCovered.id())))
                .containsExactlyInAnyOrder(
                        "order " + underpaid.id().value() + " is PAID but its payments cover 400.00 of 500.00",
                        "order " + proposedUnpaid.id().value() + " is OPERATOR_PROPOSED but its payments cover 0.00 of 300.00");
    }

    @Test
    void aMoneyPaymentWithoutItsMovementIsReported() {
        OrderId order = orderId();
        Payment gateway = gatewayPayment(order, accountId(), "paymaster", "x-" + UUID.randomUUID(), 70_000, now);
        run(() -> ports().payments().record(gateway));
        Payment balance = paid(order, PaymentKind.BALANCE, 100, false);
        Payment offline = paid(order, PaymentKind.OFFLINE, 200, true);
        Payment coupon = paid(order, PaymentKind.COUPON, 0, false);

        assertThat(lines(ports().integrityChecks().paymentsWithoutEntries(), paymentPrefix(gateway), paymentPrefix(balance),
                paymentPrefix(offline), paymentPrefix(coupon))).containsExactly(
                "payment " + gateway.id() + " (GATEWAY 700.00) has no ledger movement",
                "payment " + balance.id() + " (BALANCE 1.00) has no ledger movement");
    }

    @Test
    void anUnpaidOrderItsPaymentsCoverIsReported() {
        Order covered = save(placed(500));
        paid(covered.id(), PaymentKind.OFFLINE, 30_000, true);
        paid(covered.id(), PaymentKind.OFFLINE, 20_000, true);
        Order partly = save(placed(500));
        paid(partly.id(), PaymentKind.OFFLINE, 49_999, true);
        Order unpaid = save(placed(500));

        assertThat(lines(ports().integrityChecks().statusesContradictingPayments(), orderPrefix(covered.id()),
                orderPrefix(partly.id()), orderPrefix(unpaid.id()))).containsExactly(
                "order " + covered.id().value() + " is UNPAID but its payments cover its total (500.00 of 500.00)");
    }

    @Test
    void aSavedCardIsReplacedByTheNextAndForgotten() {
        AccountId client = ports().ids().nextAccountId();
        Instant at = Instant.parse("2026-11-23T06:00:00Z");
        ports().transactions().inTransaction(() -> {
            ports().payments().saveCard(new io.ordercore.domain.payment.SavedCard(client, "cloudpayments", "tk-1", "tx-1", at));
            return null;
        });
        ports().transactions().inTransaction(() -> {
            ports().payments().saveCard(new io.ordercore.domain.payment.SavedCard(client, "cloudpayments", "tk-2", "tx-2", at));
            return null;
        });

        assertThat(ports().payments().savedCard(client, "cloudpayments")).get()
                .satisfies(c -> {
                    assertThat(c.token()).isEqualTo("tk-2");
                    assertThat(c.fromTransaction()).isEqualTo("tx-2");
                    assertThat(c.savedAt()).isEqualTo(at);
                });
        assertThat(ports().payments().savedCard(client, "paymaster")).isEmpty();
        assertThat(ports().transactions().inTransaction(() -> ports().payments().forgetCard(client, "cloudpayments"))).isTrue();
        assertThat(ports().transactions().inTransaction(() -> ports().payments().forgetCard(client, "cloudpayments"))).isFalse();
        assertThat(ports().payments().savedCard(client, "cloudpayments")).isEmpty();
    }
}
