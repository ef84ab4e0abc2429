package io.ordercore.application.testing;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Payments;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.AccountSnapshot;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The state behind the in-memory ports, and their {@link Transactions}: one lock serialises every
 * access, and a transaction that throws restores the state it started from, so use cases see the
 * same all-or-nothing behaviour as with a database.
 */
public final class InMemoryStore implements Transactions {

    /** Everything stored; copied whole at the start of a transaction. */
    static final class State {
        TreeMap<OrderId, OrderSnapshot> orders = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        TreeMap<CategoryId, Category> categories = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        TreeMap<CallTypeId, CallType> callTypes = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        TreeMap<CallExampleId, CallExample> examples = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        TreeMap<TalentId, Talent> talents = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        List<CategoryId> priority = new ArrayList<>();
        TreeMap<AccountId, AccountSnapshot> accounts = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        TreeMap<PointId, Point> points = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        java.util.Map<String, java.time.Instant> revoked = new java.util.HashMap<>();
        List<AuditEntry> audit = new ArrayList<>();
        TreeMap<Long, OutboxMessage> outbox = new TreeMap<>();
        TreeMap<CouponId, Coupon> coupons = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        TreeMap<CouponGroupId, CouponGroup> couponGroups = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        java.util.Set<String> superUses = new java.util.HashSet<>();
        java.util.Map<CouponId, AccountId> couponUsedBy = new java.util.HashMap<>();
        java.util.Map<String, String> settings = new java.util.HashMap<>();
        TreeMap<AccountId, InMemoryOperators.Stored> operators = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        List<Dispatches.Decision> decisions = new ArrayList<>();
        java.util.Map<InMemoryDispatches.RefusalKey, Dispatches.RefusalKind> refusals = new java.util.HashMap<>();
        TreeMap<OrderId, InMemoryDispatches.StoredTask> tasks = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        long taskVersions;
        java.util.Map<InMemoryCallResults.CallKey, CallResult> calls = new java.util.HashMap<>();
        java.util.Map<OrderId, String> pageTokens = new java.util.HashMap<>();
        TreeMap<Long, Review> reviews = new TreeMap<>();
        TreeMap<OrderId, OrderRating> ratings = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        TreeMap<Long, EarningEntry> earnings = new TreeMap<>();
        TreeMap<Long, PayoutRequest> payouts = new TreeMap<>();
        TreeMap<Long, Payment> payments = new TreeMap<>();
        TreeMap<Long, Payments.LogEntry> gatewayLog = new TreeMap<>();
        long gatewayLogIds;
        TreeMap<String, Movement> movements = new TreeMap<>();
        TreeMap<Long, LedgerEntry> ledgerEntries = new TreeMap<>();
        long ledgerEntryIds;
        /** Kept balances in minor units (RUB), by account key. */
        TreeMap<String, Long> balances = new TreeMap<>();
        java.util.Map<InMemoryIdempotencyKeys.ScopedKey, io.ordercore.application.port.out.IdempotencyKeys.Stored> idempotencyKeys =
                new java.util.HashMap<>();
        TreeMap<Long, io.ordercore.domain.partner.Partner> partners = new TreeMap<>();
        java.util.Map<AccountId, InMemoryPartners.Attribution> attributions = new java.util.HashMap<>();
        TreeMap<String, io.ordercore.domain.partner.Commission> commissions = new TreeMap<>();
        TreeMap<Long, io.ordercore.domain.partner.Banner> banners = new TreeMap<>();
        long bannerIds;
        java.util.Map<String, io.ordercore.domain.payment.SavedCard> savedCards = new java.util.HashMap<>();

        State copy() {
            State c = new State();
            c.orders.putAll(orders);
            c.categories.putAll(categories);
            c.callTypes.putAll(callTypes);
            c.examples.putAll(examples);
            c.talents.putAll(talents);
            c.priority = new ArrayList<>(priority);
            c.accounts.putAll(accounts);
            c.points.putAll(points);
            c.revoked.putAll(revoked);
            c.audit = new ArrayList<>(audit);
            c.outbox.putAll(outbox);
            c.coupons.putAll(coupons);
            c.couponGroups.putAll(couponGroups);
            c.superUses.addAll(superUses);
            c.couponUsedBy.putAll(couponUsedBy);
            c.settings.putAll(settings);
            c.operators.putAll(operators);
            c.decisions = new ArrayList<>(decisions);
            c.refusals.putAll(refusals);
            c.tasks.putAll(tasks);
            c.taskVersions = taskVersions;
            c.calls.putAll(calls);
            c.pageTokens.putAll(pageTokens);
            c.reviews.putAll(reviews);
            c.ratings.putAll(ratings);
            c.earnings.putAll(earnings);
            c.payouts.putAll(payouts);
            c.payments.putAll(payments);
            c.gatewayLog.putAll(gatewayLog);
            c.gatewayLogIds = gatewayLogIds;
            c.movements.putAll(movements);
            c.ledgerEntries.putAll(ledgerEntries);
            c.ledgerEntryIds = ledgerEntryIds;
            c.balances.putAll(balances);
            c.idempotencyKeys.putAll(idempotencyKeys);
            c.partners.putAll(partners);
            c.attributions.putAll(attributions);
            c.commissions.putAll(commissions);
            c.banners.putAll(banners);
            c.bannerIds = bannerIds;
            c.savedCards.putAll(savedCards);
            return c;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private State state = new State();
    private int transactionsCommitted;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            State before = state.copy();
            try {
                T result = work.get();
                transactionsCommitted++;
                return result;
            } catch (RuntimeException | Error e) {
                state = before;
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read or a single write under the lock. */
    <T> T locked(java.util.function.Function<State, T> access) {
        lock.lock();
        try {
            return access.apply(state);
        } finally {
            lock.unlock();
        }
    }

    public int transactionsCommitted() {
        return locked(s -> transactionsCommitted);
    }
}
