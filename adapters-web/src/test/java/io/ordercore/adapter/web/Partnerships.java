package io.ordercore.adapter.web;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.application.port.in.PartnersUseCase;
import io.ordercore.application.port.in.PaymentsUseCase;
import io.ordercore.application.port.in.RegisterUseCase;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Email;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The partner programme put straight into the core: enrolled partners, clients registered through
 * their code, and those clients' orders paid offline (500 roubles each, so the default 10% earns
 * the partner 50 roubles).
 */
@Singleton
public class Partnerships {

    /** The price of {@link #paidOrder}'s orders, in kopecks. */
    public static final long PRICE_KOPECKS = 50_000;

    private final Sessions sessions;
    private final Fixtures fixtures;
    private final PartnersUseCase partners;
    private final RegisterUseCase register;
    private final PaymentsUseCase payments;
    private final InMemoryCore memory;
    private final AtomicInteger counter = new AtomicInteger();
    private CallType callType;

    public Partnerships(Sessions sessions, Fixtures fixtures, PartnersUseCase partners, RegisterUseCase register,
                        PaymentsUseCase payments, InMemoryCore memory) {
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.partners = partners;
        this.register = register;
        this.payments = payments;
        this.memory = memory;
    }

    /** A new PARTNER account, enrolled by the administrator with the global percentage. */
    public PartnerView enrolled() {
        return partners.enrol(memory.admin(), sessions.account(Role.PARTNER).id().value(), null);
    }

    /** The partner as a signed-in caller. */
    public Caller.SignedIn account(PartnerView partner) {
        return new Caller.SignedIn(partner.partner().account(), Email.of(partner.email()),
                Role.PARTNER, Optional.empty(), Optional.empty());
    }

    /** A client who registered through the partner's referral code. */
    public Caller.SignedIn referredClient(PartnerView partner) {
        AccountView view = register.register(new RegistrationForm("referred-" + counter.incrementAndGet()
                + "@ordercore.test", "Referred", InMemoryCore.PASSWORD, null, "EN", partner.partner().code().value()));
        return new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), Optional.empty());
    }

    /** A bearer token of the partner. */
    public String token(PartnerView partner) {
        return sessions.tokenOf(account(partner));
    }

    /** An order of the client, paid in full offline by the administrator. */
    public Order paidOrder(Caller.SignedIn client) {
        Order order = fixtures.order(callType(), "Referred", client.email().value(), "Maria", Fulfilment.RECIPIENT_PHONE);
        return payments.markOffline(memory.admin(), order.id(), PRICE_KOPECKS, "cash", null);
    }

    private synchronized CallType callType() {
        if (callType == null) {
            callType = fixtures.callType(fixtures.category("Partner programme"), "Referred call", PRICE_KOPECKS / 100);
        }
        return callType;
    }
}
