package io.ordercore.application.service;

import io.ordercore.application.port.in.CallReport;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.TelephonyUseCase;
import io.ordercore.application.port.out.CallResults;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Operators;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.order.NotPermittedException;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Call results: a call of 20 s or more completes the order and credits the operator's fee (once,
 * by the entry's key); the client hears of it when the recording is ready, which may come with the
 * result or in a later callback about the same call. A callback repeated changes nothing twice.
 */
final class TelephonyService implements TelephonyUseCase {

    private static final Caller TELEPHONY = Caller.system("telephony");

    private final Orders orders;
    private final CallResults calls;
    private final Operators operators;
    private final Earnings earnings;
    private final Dispatches dispatches;
    private final OrderPages pages;
    private final Ids ids;
    private final Notices notices;
    private final AuditTrail audit;
    private final Clock clock;

    TelephonyService(Orders orders, CallResults calls, Operators operators, Earnings earnings, Dispatches dispatches,
                     OrderPages pages, Ids ids, Notices notices, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.calls = calls;
        this.operators = operators;
        this.earnings = earnings;
        this.dispatches = dispatches;
        this.pages = pages;
        this.ids = ids;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome report(CallReport report) {
        CallResult call = parse(report);
        boolean recordingReady = Boolean.TRUE.equals(report.recordingReady());
        return audit.record(TELEPHONY, "order.call-result", "order:" + call.order(), () -> {
            Order order = orders.find(call.order()).orElseThrow(() -> new NotFoundException("Order", call.order().value()));
            Optional<CallResult> before = calls.forOrder(call.order()).stream()
                    .filter(c -> c.operator().equals(call.operator()) && c.startedAt().equals(call.startedAt())).findFirst();
            if (before.isEmpty() && order.operator().filter(call.operator()::equals).isEmpty()) {
                throw new NotPermittedException("order " + call.order().value() + " is not held by operator "
                        + call.operator().value() + ": the call is not recorded");
            }
            boolean isNew = calls.record(call, now());
            if (!isNew) {
                boolean recordingNow = recordingReady && before.map(c -> c.recordingUrl().isEmpty()).orElse(false);
                if (recordingNow && order.status() == OrderStatus.COMPLETED && call.completes()) {
                    notices.completed(order, pages.tokenFor(order.id()));
                    return Outcome.RECORDING_READY;
                }
                return Outcome.DUPLICATE;
            }
            if (!call.completes()) {
                return Outcome.TOO_SHORT;
            }
            if (order.status() == OrderStatus.COMPLETED) {
                return Outcome.DUPLICATE; // completed by an earlier call: one completion, one fee
            }
            order.complete(call, clock);
            Order saved = orders.save(order);
            dispatches.unschedule(saved.id());
            creditFee(saved, call.operator());
            if (recordingReady) {
                notices.completed(saved, pages.tokenFor(saved.id()));
            }
            return Outcome.COMPLETED;
        });
    }

    private void creditFee(Order order, AccountId operator) {
        Operator profile = operators.find(operator).orElseThrow(() -> new NotFoundException("Operator", operator.value()));
        earnings.append(new EarningEntry(ids.nextEarningId(), operator, order.id(), EarningKind.FEE, profile.tariff(),
                EarningEntry.feeKey(order.id()), now()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static CallResult parse(CallReport r) {
        Validation v = new Validation();
        if (v.require("orderId", r.orderId()) && r.orderId() <= 0) {
            v.reject("orderId", "NOT_POSITIVE", "must be a positive id");
        }
        if (v.require("operatorId", r.operatorId()) && r.operatorId() <= 0) {
            v.reject("operatorId", "NOT_POSITIVE", "must be a positive id");
        }
        Instant start = v.require("start", r.start()) ? v.check("start", () -> instant(r.start())) : null;
        Instant end = v.require("end", r.end()) ? v.check("end", () -> instant(r.end())) : null;
        v.require("durationSeconds", r.durationSeconds());
        if (Boolean.TRUE.equals(r.recordingReady()) && (r.recordingUrl() == null || r.recordingUrl().isBlank())) {
            v.reject("recordingUrl", "REQUIRED", "a ready recording needs its URL");
        }
        v.throwIfInvalid();
        // The call checks its own fields (end, durationSeconds, recordingUrl, outcome) and names them.
        return new CallResult(new OrderId(r.orderId()), new AccountId(r.operatorId()), start, end, r.durationSeconds(),
                Optional.ofNullable(r.recordingUrl()), r.outcome());
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw.trim()).truncatedTo(ChronoUnit.MICROS);
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("time", "INVALID_INSTANT", "must be an ISO-8601 instant like 2026-11-23T10:15:30Z");
        }
    }
}
