package io.ordercore.application.payment;

import static io.ordercore.application.payment.PaymentFixture.kopecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerCabinetUseCase;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.application.port.in.PartnersUseCase;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The partner programme: a client registering through a referral code is attributed to the
 * partner, who earns a commission (global or own percentage) on every order payment of that client,
 * on the ledger, once per payment; payouts take it from the commission balance; statistics count
 * over a period; banners come grouped by size with the partner's link.
 */
class PartnerProgrammeTest {

    private final PaymentFixture f = new PaymentFixture();
    private final PartnersUseCase admin = f.core.partners();
    private final PartnerCabinetUseCase cabinet = f.core.partnerCabinet();
    private final Caller.SignedIn partner = f.memory.signedIn(Role.PARTNER, "partner@example.com");
    private final PartnerView enrolled = admin.enrol(f.admin, partner.id().value(), null);

    @Test
    void enrollingGivesAReferralCodeAndLinkAndTheDefaultTenPercent() {
        assertThat(enrolled.partner().code().value()).hasSize(8);
        assertThat(enrolled.referralLink()).isEqualTo(InMemoryCore.PUBLIC_URL + "/?ref=" + enrolled.partner().code());
        assertThat(enrolled.commission().value()).isEqualTo(10);
        assertThat(cabinet.me(partner).partner().code()).isEqualTo(enrolled.partner().code());
    }

    @Test
    void onlyPartnerAccountsAreEnrolledOnceAndOnlyByAnAdministrator() {
        assertThatThrownBy(() -> admin.enrol(f.admin, f.client.id().value(), null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("NOT_A_PARTNER_ACCOUNT"));
        assertThatThrownBy(() -> admin.enrol(f.admin, partner.id().value(), null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("PARTNER_EXISTS"));
        Caller.SignedIn other = f.memory.signedIn(Role.PARTNER, "other@example.com");
        assertThatThrownBy(() -> admin.enrol(partner, other.id().value(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.enrol(f.admin, other.id().value(), 101)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).anySatisfy(er -> assertThat(er.field()).isEqualTo("commissionPercent")));
        assertThatThrownBy(() -> cabinet.me(f.client)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClientRegisteringThroughTheCodeEarnsThePartnerTenPercentOfEachPaymentOnce() {
        Caller.SignedIn referred = register("referred@example.com", enrolled.partner().code().value().toLowerCase());
        Order order = f.unpaidOrder(referred);

        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);
        assertThat(f.pay(order, "pm-1", "500.00")).as("a repeat").isEqualTo(Verdict.DUPLICATE);

        LedgerAccount account = LedgerAccount.partnerCommission(partner.id());
        assertThat(f.memory.ledger.balance(account)).isEqualTo(kopecks(5_000));
        assertThat(f.entries(account)).singleElement().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(Cause.COMMISSION);
            assertThat(e.causeRef()).isEqualTo(String.valueOf(order.id().value()));
        });
        assertThat(f.memory.ledger.balance(LedgerAccount.PARTNER_COMMISSION)).isEqualTo(kopecks(-5_000));
        assertThat(cabinet.me(partner).balance()).isEqualTo(kopecks(5_000));
    }

    @Test
    void aClientWhoCameOnTheirOwnEarnsNobodyACommission() {
        Order order = f.unpaidOrder();
        assertThat(f.pay(order, "pm-1", "500.00")).isEqualTo(Verdict.ACCEPTED);

        assertThat(f.memory.ledger.balance(LedgerAccount.PARTNER_COMMISSION)).isEqualTo(kopecks(0));
    }

    @Test
    void thePartnersOwnPercentageWinsOverTheGlobalOneWhichAnAdministratorSets() {
        admin.setDefaultCommission(f.admin, 20);
        Caller.SignedIn referred = register("referred@example.com", enrolled.partner().code().value());
        f.pay(f.unpaidOrder(referred), "pm-1", "500.00");
        assertThat(cabinet.me(partner).balance()).isEqualTo(kopecks(10_000));

        assertThat(admin.setCommission(f.admin, partner.id().value(), 25).commission().value()).isEqualTo(25);
        f.pay(f.unpaidOrder(referred), "pm-2", "500.00");
        assertThat(cabinet.me(partner).balance()).isEqualTo(kopecks(10_000 + 12_500));

        assertThat(admin.setCommission(f.admin, partner.id().value(), null).commission().value()).as("cleared").isEqualTo(20);
    }

    @Test
    void anUnknownReferralCodeIsRefusedAndNoAccountIsOpened() {
        assertThatThrownBy(() -> register("lost@example.com", "NOSUCHCODE"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(er -> {
                            assertThat(er.field()).isEqualTo("referralCode");
                            assertThat(er.code()).isEqualTo("UNKNOWN_REFERRAL_CODE");
                        }));
        assertThat(f.memory.accounts.findByEmail(io.ordercore.domain.shared.Email.of("lost@example.com"))).isEmpty();
    }

    @Test
    void aPayoutTakesTheAmountAtOnceAndTransferredMailsThePartner() {
        earn(10_000);

        PayoutRequest payout = cabinet.requestPayout(partner, 6_000L);
        assertThat(cabinet.me(partner).balance()).isEqualTo(kopecks(4_000));
        assertThatThrownBy(() -> cabinet.requestPayout(partner, 4_001L))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("OVER_BALANCE"));
        assertThat(cabinet.payouts(partner)).as("the refused request left no row").singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(payout.id()));

        f.core.payouts().setStatus(f.admin, payout.id(), "TRANSFERRED", "sent by bank");
        assertThat(f.mails(NotificationType.PAYOUT_TRANSFERRED)).singleElement()
                .satisfies(n -> assertThat(n.recipient().value()).isEqualTo("partner@example.com"));
        assertThat(f.memory.ledger.balance(LedgerAccount.PAYOUTS_TRANSFERRED)).isEqualTo(kopecks(6_000));
        assertThat(f.memory.ledger.balance(LedgerAccount.PAYOUTS_PROCESSING)).isEqualTo(kopecks(0));
    }

    @Test
    void aCancelledPayoutReleasesItsAmount() {
        earn(10_000);
        PayoutRequest payout = cabinet.requestPayout(partner, 10_000L);

        f.core.payouts().setStatus(f.admin, payout.id(), "CANCELLED", null);

        assertThat(cabinet.me(partner).balance()).isEqualTo(kopecks(10_000));
        assertThat(f.core.payouts().list(f.admin, "CANCELLED", partner.id().value(), null, null)).hasSize(1);
    }

    @Test
    void statisticsCountClientsPaidOrdersAndCommissionWithinThePeriodOnly() {
        Caller.SignedIn early = register("early@example.com", enrolled.partner().code().value());
        f.pay(f.unpaidOrder(early), "pm-1", "500.00");
        f.clock.advance(Duration.ofHours(15)); // 2026-11-24 00:00 Moscow: the next day
        Caller.SignedIn late = register("late@example.com", enrolled.partner().code().value());
        f.pay(f.unpaidOrder(late), "pm-2", "500.00");
        f.pay(f.unpaidOrder(late), "pm-3", "500.00");

        PartnerStats nextDay = cabinet.stats(partner, "2026-11-24", "2026-11-24");
        assertThat(nextDay.clients()).isEqualTo(1);
        assertThat(nextDay.paidOrders()).isEqualTo(2);
        assertThat(nextDay.paid()).isEqualTo(kopecks(100_000));
        assertThat(nextDay.commission()).isEqualTo(kopecks(10_000));
        PartnerStats month = admin.stats(f.admin, partner.id().value(), null, null);
        assertThat(month.clients()).as("the current month by default").isEqualTo(2);
        assertThat(month.paidOrders()).isEqualTo(3);
        assertThat(cabinet.stats(partner, "2026-11-23", "2026-11-23").paidOrders()).isEqualTo(1);
        assertThatThrownBy(() -> cabinet.stats(partner, "2026-11-24", "2026-11-23")).isInstanceOf(ValidationException.class);
    }

    @Test
    void bannersComeGroupedBySizeWithThePartnersOwnLink() {
        admin.addBanner(f.admin, "468x60", "https://cdn.example/wide.png", "Wide");
        admin.addBanner(f.admin, "120x600", "https://cdn.example/tall.png", "Tall");
        admin.addBanner(f.admin, "120X600", "https://cdn.example/tall2.png", "Tall 2");

        var groups = cabinet.banners(partner);

        assertThat(groups).extracting(PartnerCabinetUseCase.BannerGroup::size).containsExactly("120x600", "468x60");
        assertThat(groups.get(0).banners()).hasSize(2).allSatisfy(b -> {
            assertThat(b.link()).isEqualTo(enrolled.referralLink());
            assertThat(b.html()).contains("href=\"" + enrolled.referralLink() + "\"").contains("width=\"120\"");
        });
        assertThatThrownBy(() -> admin.addBanner(f.admin, "big", "ftp://x", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(er -> er.field()).containsExactlyInAnyOrder("size", "imageUrl", "title"));
    }

    private void earn(long commissionKopecks) {
        int percent = (int) (commissionKopecks * 100 / PaymentFixture.PRICE);
        admin.setCommission(f.admin, partner.id().value(), percent);
        Caller.SignedIn referred = register("buyer@example.com", enrolled.partner().code().value());
        assertThat(f.pay(f.unpaidOrder(referred), "pm-earn", "500.00")).isEqualTo(Verdict.ACCEPTED);
        assertThat(cabinet.me(partner).balance()).isEqualTo(kopecks(commissionKopecks));
    }

    private Caller.SignedIn register(String email, String code) {
        AccountView view = f.core.register().register(new RegistrationForm(email, "Referred", "a-long-passw0rd!", null, "EN",
                code));
        return new Caller.SignedIn(view.id(), view.email(), view.role(), view.point(), Optional.empty());
    }
}
