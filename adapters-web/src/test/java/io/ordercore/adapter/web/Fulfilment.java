package io.ordercore.adapter.web;

import io.ordercore.application.port.in.CallReport;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ClientCouponsUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.ManageOperatorsUseCase;
import io.ordercore.application.port.in.OperatorCabinetUseCase;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.application.port.in.TelephonyUseCase;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Orders taken through dispatch, put straight into the core: operators with their profiles, paid
 * orders (a FULL coupon pays them, and paying dispatches them), confirmed and completed ones.
 *
 * <p>Each {@link Line} is a call type needing a critical talent of its own, held only by the
 * operators opened for that line, so the operators of other tests in the same context never get
 * its orders.
 */
@Singleton
public class Fulfilment {

    /** Operators' fee per completed order, in kopecks (300 roubles). */
    public static final long TARIFF_KOPECKS = 30_000;
    public static final String RECIPIENT_PHONE = "+79161234567";
    /** A call inside the fixtures' window (2026-11-25, 10:00-12:00 Moscow). */
    public static final String CALL_START = "2026-11-25T07:05:00Z";
    public static final String CALL_END = "2026-11-25T07:06:00Z";

    private final Fixtures fixtures;
    private final ManageCatalogUseCase catalog;
    private final ManageOperatorsUseCase operators;
    private final ClientCouponsUseCase coupons;
    private final OperatorCabinetUseCase cabinet;
    private final TelephonyUseCase telephony;
    private final InMemoryCore memory;
    private final AtomicInteger counter = new AtomicInteger();

    public Fulfilment(Fixtures fixtures, ManageCatalogUseCase catalog, ManageOperatorsUseCase operators,
                      ClientCouponsUseCase coupons, OperatorCabinetUseCase cabinet, TelephonyUseCase telephony,
                      InMemoryCore memory) {
        this.fixtures = fixtures;
        this.catalog = catalog;
        this.operators = operators;
        this.coupons = coupons;
        this.cabinet = cabinet;
        this.telephony = telephony;
        this.memory = memory;
    }

    /** A call type of 500 roubles and the critical talent it needs. */
    public record Line(CallType callType, long talentId) {
    }

    public Line line() {
        int n = counter.incrementAndGet();
        long talent = catalog.createTalent(memory.admin(), "Talent " + n, true).id().value();
        CallType type = catalog.createCallType(memory.admin(), new CallTypeForm(
                fixtures.category("Line " + n).id().value(), "Call " + n, 500L, null, "ANY", List.of(talent), null));
        return new Line(type, talent);
    }

    /** An OPERATOR account with an ACTIVE profile on the line: one order at a time, any hours. */
    public Caller.SignedIn operator(Line line) {
        Caller.SignedIn account = memory.signedIn(Role.OPERATOR, "operator-" + counter.incrementAndGet() + "@ordercore.test");
        operators.add(memory.admin(), new OperatorForm(account.email().value(), "FEMALE", List.of(line.talentId()),
                TARIFF_KOPECKS, 1, null));
        return account;
    }

    /** An Unpaid order of the line, placed by the client. */
    public Order unpaidOrder(Line line, String clientEmail) {
        return fixtures.order(line.callType(), "Client", clientEmail, "Maria", RECIPIENT_PHONE);
    }

    /** An order of the line paid with a FULL coupon, as it is after dispatch has run. */
    public Order paidOrder(Line line, String clientEmail) {
        Order order = unpaidOrder(line, clientEmail);
        coupons.apply(fixtures.client(clientEmail), order.id(), fixtures.coupon(100));
        return current(order);
    }

    /** A paid order proposed to the line's operator, who has confirmed it. */
    public Order inProgress(Line line, Caller.SignedIn operator, String clientEmail) {
        return cabinet.confirm(operator, paidOrder(line, clientEmail).id());
    }

    /** An order its operator called for a minute, with the recording ready. */
    public Order completed(Line line, Caller.SignedIn operator, String clientEmail) {
        Order order = inProgress(line, operator, clientEmail);
        telephony.report(new CallReport(order.id().value(), operator.id().value(), CALL_START, CALL_END, 60L,
                "https://records.example/" + order.id() + ".mp3", "ANSWERED", true));
        return current(order);
    }

    public Order current(Order order) {
        return memory.orders.find(order.id()).orElseThrow();
    }
}
