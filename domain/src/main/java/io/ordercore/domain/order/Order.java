package io.ordercore.domain.order;

import io.ordercore.domain.shared.OrderId;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponRefusal;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call order: a client's request for an operator to call a recipient in a window.
 *
 * <p>Lifecycle: placed Unpaid, then moved only through {@link CallOrderWorkflow#TABLE}; every move
 * (and every rescheduling) appends a history entry with actor, reason and time. Invariants: the
 * status changes only through this class; the price snapshot never changes after placement; the
 * history is append-only and numbered without gaps.
 *
 * <p>Concurrency: {@link #version()} is the version the order was loaded with; storage refuses a
 * write whose version is stale, so two concurrent changes cannot both land.
 */
public final class Order {

    private final OrderId id;
    private OrderStatus status;
    private final Optional<AccountId> owner;
    private final Optional<PointId> point;
    private Optional<AccountId> operator;
    private CallOrderDetails details;
    private OrderPrice price;
    private Optional<Instant> firstPaidAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final List<OrderHistoryEntry> history;
    private final int loadedHistorySize;

    private Order(OrderSnapshot s, boolean isNew) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.owner = s.owner();
        this.point = s.point();
        this.operator = s.operator();
        this.details = Objects.requireNonNull(s.details(), "details");
        this.price = Objects.requireNonNull(s.price(), "price");
        this.firstPaidAt = s.firstPaidAt();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.version = s.version();
        this.history = new ArrayList<>(s.history());
        this.loadedHistorySize = isNew ? 0 : history.size();
    }

    /**
     * Places a new order for a client account (at the client's point): Unpaid, priced from the
     * snapshot given, with its first history entry. The window must be bookable now (today or
     * later, Moscow time, not yet ended).
     */
    public static Order place(OrderId id, AccountId owner, Optional<PointId> point, CallOrderDetails details,
                              OrderPrice price, Actor placedBy, Clock clock) {
        details.window().requireBookable(clock);
        Instant now = now(clock);
        OrderHistoryEntry placed = new OrderHistoryEntry(1, now, placedBy, OrderHistoryEntry.Kind.STATUS,
                Optional.empty(), OrderStatus.UNPAID, Optional.of("placed"));
        return new Order(new OrderSnapshot(id, OrderStatus.UNPAID, Optional.of(owner), point, Optional.empty(), details,
                price, now, now, Optional.empty(), 0, List.of(placed)), true);
    }

    /** Rebuilds a stored order exactly as it was; no rule runs. */
    public static Order rehydrate(OrderSnapshot snapshot) {
        return new Order(snapshot, false);
    }

    /**
     * A plain status change (an administrator's, or the system's): allowed only along rows of the
     * workflow table granted to the actor's kind that carry no data.
     *
     * @return the history entry written
     * @throws IllegalTransitionException naming the current status and the move refused
     */
    public OrderHistoryEntry changeStatus(OrderStatus target, Actor actor, String reason, Clock clock) {
        CallOrderWorkflow.TABLE.check(status, target, actor.kind(), true);
        if (status == OrderStatus.ERROR && (target == OrderStatus.PAID || target == OrderStatus.UNPAID)) {
            boolean paidBefore = wasEver(OrderStatus.PAID);
            if (paidBefore != (target == OrderStatus.PAID)) {
                throw new IllegalTransitionException(status, target, "Order in status ERROR cannot move to " + target
                        + ": it goes back to " + (paidBefore ? "PAID, as it was paid before the fault" : "UNPAID, as it was never paid"));
            }
        }
        return move(target, actor, reason, clock);
    }

    /**
     * Moves the call window (administrators only, while the order is not final). The new window
     * must be bookable now.
     *
     * @return the history entry written
     */
    public OrderHistoryEntry reschedule(CallWindow newWindow, Actor actor, String reason, Clock clock) {
        if (actor.kind() != ActorKind.ADMIN) {
            throw new NotPermittedException(actor + " may not move call windows; only administrators may");
        }
        if (CallOrderWorkflow.TABLE.isTerminal(status)) {
            throw new OrderFinalException(id, status);
        }
        newWindow.requireBookable(clock);
        CallWindow old = details.window();
        details = details.withWindow(newWindow);
        String note = "window " + old + " -> " + newWindow + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
        return append(OrderHistoryEntry.Kind.WINDOW, status, status, actor, note, now(clock));
    }

    /**
     * Applies a coupon (activation is final: the caller has already claimed it). A coupon that
     * leaves nothing to pay (FULL) is the payment: the order moves on to Paid at once.
     *
     * @return the history entries written (the price change, and the move to Paid when paid in full)
     * @throws CouponRefusedException ORDER_NOT_UNPAID or ORDER_HAS_COUPON
     */
    public List<OrderHistoryEntry> applyCoupon(AppliedCoupon coupon, Actor actor, Clock clock) {
        Optional<CouponRefusal> refusal = couponRefusal();
        if (refusal.isPresent()) {
            throw new CouponRefusedException(refusal.get());
        }
        price = OrderPrice.withCoupon(price.price(), coupon);
        List<OrderHistoryEntry> written = new ArrayList<>();
        written.add(append(OrderHistoryEntry.Kind.PRICE, status, status, actor,
                "coupon " + coupon.code() + " (" + coupon.kind() + ", " + coupon.percent() + "%): -" + price.discount(),
                now(clock)));
        if (price.total().isZero()) {
            CallOrderWorkflow.TABLE.check(status, OrderStatus.PAID, ActorKind.SYSTEM, false);
            written.add(move(OrderStatus.PAID, Actor.system("coupon"), "paid in full by coupon " + coupon.code(), clock));
        }
        return written;
    }

    /**
     * Dispatch (or an administrator assigning by hand) proposes the paid order to an operator, who
     * then holds it until they confirm, refuse, or are removed.
     */
    public OrderHistoryEntry propose(AccountId candidate, Actor actor, String reason, Clock clock) {
        Objects.requireNonNull(candidate, "candidate");
        CallOrderWorkflow.TABLE.check(status, OrderStatus.OPERATOR_PROPOSED, actor.kind(), false);
        OrderHistoryEntry entry = move(OrderStatus.OPERATOR_PROPOSED, actor, reason, clock);
        operator = Optional.of(candidate);
        return entry;
    }

    /** The proposed operator accepts: from now on they cannot refuse. */
    public OrderHistoryEntry confirm(AccountId who, Actor actor, Clock clock) {
        requireHeldBy(who, OrderStatus.OPERATOR_PROPOSED);
        CallOrderWorkflow.TABLE.check(status, OrderStatus.IN_PROGRESS, actor.kind(), false);
        AccountId holder = operator.orElseThrow();
        OrderHistoryEntry entry = move(OrderStatus.IN_PROGRESS, actor, "confirmed by the operator", clock);
        operator = Optional.of(holder);
        return entry;
    }

    /**
     * A call long enough completes the order (telephony is the actor).
     *
     * @throws NotPermittedException when the call was not the holding operator's, or too short
     */
    public OrderHistoryEntry complete(CallResult call, Clock clock) {
        requireHeldBy(call.operator(), OrderStatus.IN_PROGRESS);
        if (!call.completes()) {
            throw new NotPermittedException("a call of " + call.durationSeconds() + " s does not complete an order (minimum "
                    + CallResult.MIN_DURATION.getSeconds() + " s)");
        }
        CallOrderWorkflow.TABLE.check(status, OrderStatus.COMPLETED, ActorKind.SYSTEM, false);
        AccountId holder = operator.orElseThrow();
        OrderHistoryEntry entry = move(OrderStatus.COMPLETED, Actor.system("telephony"),
                "call of " + call.durationSeconds() + " s (" + call.outcome() + ")", clock);
        operator = Optional.of(holder); // the operator who did it stays on record
        return entry;
    }

    private void requireHeldBy(AccountId who, OrderStatus expected) {
        if (status != expected) {
            OrderStatus attempted = expected == OrderStatus.OPERATOR_PROPOSED ? OrderStatus.IN_PROGRESS : OrderStatus.COMPLETED;
            throw new IllegalTransitionException(status, attempted, "Order " + id.value() + " is " + status + ", not " + expected);
        }
        if (operator.filter(who::equals).isEmpty()) {
            throw new NotPermittedException("order " + id.value() + " is not held by operator " + who.value());
        }
    }

    /**
     * Records a payment towards the order: when everything paid so far covers the total the order
     * moves from Unpaid to Paid, otherwise it stays Unpaid and the history notes it as partially
     * paid. The payment itself is stored by the caller; this only moves the order.
     *
     * @param paidBefore what earlier payments of this order add up to
     * @return the history entry written
     */
    public OrderHistoryEntry recordPayment(Money amount, Money paidBefore, String description, Clock clock) {
        if (status != OrderStatus.UNPAID) {
            throw new IllegalTransitionException(status, OrderStatus.PAID, "Order " + id.value() + " is " + status
                    + ": it takes no more payments");
        }
        Money paid = paidBefore.plus(amount);
        if (paid.compareTo(price.total()) >= 0) {
            CallOrderWorkflow.TABLE.check(status, OrderStatus.PAID, ActorKind.SYSTEM, false);
            return move(OrderStatus.PAID, Actor.system("payments"), description, clock);
        }
        return append(OrderHistoryEntry.Kind.PAYMENT, status, status, Actor.system("payments"),
                description + "; partially paid: " + paid + " of " + price.total(), now(clock));
    }

    /** Why no coupon may be applied to this order now (checked before a coupon is claimed, so none is wasted). */
    public Optional<CouponRefusal> couponRefusal() {
        if (status != OrderStatus.UNPAID) {
            return Optional.of(CouponRefusal.ORDER_NOT_UNPAID);
        }
        if (price.coupon().isPresent()) {
            return Optional.of(CouponRefusal.ORDER_HAS_COUPON);
        }
        return Optional.empty();
    }

    private OrderHistoryEntry move(OrderStatus target, Actor actor, String reason, Clock clock) {
        OrderStatus from = status;
        status = target;
        if (target == OrderStatus.PAID && firstPaidAt.isEmpty()) {
            firstPaidAt = Optional.of(now(clock));
        }
        if (target == OrderStatus.PAID || CallOrderWorkflow.TABLE.isTerminal(target)) {
            operator = Optional.empty(); // back in the queue or over: no operator holds it any more
        }
        return append(OrderHistoryEntry.Kind.STATUS, from, target, actor, reason, now(clock));
    }

    /** Microsecond precision: what every supported store keeps, so a stored order reads back equal. */
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private OrderHistoryEntry append(OrderHistoryEntry.Kind kind, OrderStatus from, OrderStatus to, Actor actor,
                                     String reason, Instant at) {
        OrderHistoryEntry entry = new OrderHistoryEntry(history.size() + 1, at, actor, kind, Optional.of(from), to,
                Optional.ofNullable(reason).map(String::trim).filter(r -> !r.isEmpty()));
        history.add(entry);
        updatedAt = at;
        return entry;
    }

    private boolean wasEver(OrderStatus candidate) {
        return history.stream().anyMatch(e -> e.kind() == OrderHistoryEntry.Kind.STATUS && e.to() == candidate);
    }

    public OrderId id() {
        return id;
    }

    public OrderStatus status() {
        return status;
    }

    public CallOrderDetails details() {
        return details;
    }

    /** The client account that placed the order. */
    public Optional<AccountId> owner() {
        return owner;
    }

    /** The point the order belongs to (its client's point). */
    public Optional<PointId> point() {
        return point;
    }

    /** The operator the order is proposed or assigned to. */
    public Optional<AccountId> operator() {
        return operator;
    }

    public OrderPrice price() {
        return price;
    }

    /** When the order first became Paid; counts towards the client's repeat-order reward. */
    public Optional<Instant> firstPaidAt() {
        return firstPaidAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version this order was loaded with; 0 for an order not yet stored. */
    public long version() {
        return version;
    }

    public boolean isNew() {
        return version == 0;
    }

    public List<OrderHistoryEntry> history() {
        return List.copyOf(history);
    }

    /** History entries appended since the order was loaded (all of them for a new order). */
    public List<OrderHistoryEntry> unsavedHistory() {
        return List.copyOf(history.subList(loadedHistorySize, history.size()));
    }

    public OrderSnapshot snapshot() {
        return new OrderSnapshot(id, status, owner, point, operator, details, price, createdAt, updatedAt, firstPaidAt,
                version, history);
    }
}
