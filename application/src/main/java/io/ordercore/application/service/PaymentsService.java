package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.PaymentsUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Payments;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class PaymentsService implements PaymentsUseCase {

    private static final Role[] VIEWERS = {Role.ADMIN, Role.SITE_MANAGER, Role.SUPERVISOR};

    private final Orders orders;
    private final Payments payments;
    private final Accounts accounts;
    private final IntegrityChecks integrity;
    private final MoneyDesk desk;
    private final Ids ids;
    private final AuditTrail audit;
    private final Clock clock;

    PaymentsService(Orders orders, Payments payments, Accounts accounts, IntegrityChecks integrity, MoneyDesk desk, Ids ids,
                    AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.accounts = accounts;
        this.integrity = integrity;
        this.desk = desk;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Order markOffline(Caller caller, OrderId id, Long amountKopecks, String reference, String date) {
        Order paid = audit.record(caller, "order.pay.offline", "order:" + id, () -> {
            Permissions.require(caller, Role.ADMIN, Role.POINT_MANAGER);
            Validation v = new Validation();
            if (v.require("amountKopecks", amountKopecks) && amountKopecks <= 0) {
                v.reject("amountKopecks", "NOT_POSITIVE", "must be more than zero");
            }
            String ref = v.require("reference", reference) ? v.check("reference", () -> Text.required(reference, 200)) : null;
            Optional<LocalDate> day = v.checkOptional("date", date, raw -> date(raw));
            v.throwIfInvalid();
            Order order = orders.find(id).filter(o -> OrderAccess.visible(caller, o))
                    .orElseThrow(() -> new NotFoundException("Order", id.value()));
            if (order.status() != OrderStatus.UNPAID) {
                throw new RefusedException("ORDER_NOT_PAYABLE", "order " + id.value() + " is " + order.status());
            }
            var owed = desk.outstanding(order);
            var amount = io.ordercore.domain.shared.Money.kopecks(amountKopecks);
            if (amount.compareTo(owed) > 0) {
                throw ValidationException.of("amountKopecks", "MORE_THAN_OUTSTANDING", "at most " + owed + " is outstanding");
            }
            String note = ref + " (paid " + day.orElse(MoscowTime.today(clock)) + ")";
            return desk.pay(order, PaymentKind.OFFLINE, order.owner(), amount, Optional.empty(), Optional.empty(),
                    Optional.of(note), ids.nextPaymentId()).orElseThrow();
        });
        desk.afterCommit(paid);
        return paid;
    }

    @Override
    public List<Payment> list(Caller caller, ListForm form) {
        Permissions.require(caller, VIEWERS);
        Validation v = new Validation();
        Optional<Instant> from = v.checkOptional("from", form.from(), raw -> date(raw).atStartOfDay(MoscowTime.ZONE).toInstant());
        Optional<Instant> to = v.checkOptional("to", form.to(),
                raw -> date(raw).plusDays(1).atStartOfDay(MoscowTime.ZONE).toInstant());
        Optional<Email> email = v.checkOptional("clientEmail", form.clientEmail(), Email::of);
        Optional<PaymentKind> kind = v.checkOptional("kind", form.kind(), raw -> Choices.parse(PaymentKind.class, raw));
        int limit = form.limit() == null ? 50 : form.limit();
        if (limit < 1 || limit > 1000) {
            v.reject("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        v.throwIfInvalid();
        Optional<AccountId> payer = Optional.empty();
        if (email.isPresent()) {
            Optional<Account> account = accounts.findByEmail(email.get());
            if (account.isEmpty()) {
                return List.of();
            }
            payer = account.map(Account::id);
        }
        Optional<String> gateway = Optional.ofNullable(form.gateway()).map(String::trim).filter(g -> !g.isEmpty());
        return payments.list(new Payments.Query(from, to, payer, gateway, kind, Optional.ofNullable(form.minKopecks()),
                Optional.ofNullable(form.maxKopecks()), form.beforeId() == null ? 0 : form.beforeId(), limit));
    }

    @Override
    public List<Payments.LogEntry> log(Caller caller, String gateway, String verdict, Long beforeId, Integer limit) {
        Permissions.require(caller, Role.ADMIN);
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 1000));
        return payments.logEntries(Optional.ofNullable(gateway).filter(g -> !g.isBlank()),
                Optional.ofNullable(verdict).filter(g -> !g.isBlank()).map(s -> s.toUpperCase(java.util.Locale.ROOT)),
                beforeId == null ? 0 : beforeId, size);
    }

    @Override
    public IntegrityReport checkIntegrity(Caller caller) {
        Permissions.require(caller, Role.ADMIN);
        Map<String, List<String>> findings = new LinkedHashMap<>();
        findings.put("balances", integrity.balancesNotMatchingEntries());
        findings.put("movements", integrity.unbalancedMovements());
        findings.put("paidOrders", integrity.paidOrdersNotCovered());
        findings.put("payments", integrity.paymentsWithoutEntries());
        findings.put("statuses", integrity.statusesContradictingPayments());
        return new IntegrityReport(findings);
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("date", "INVALID_DATE", "must be a date like 2026-11-23");
        }
    }
}
