package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.out.Partners;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.Commission;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.partner.ReferralCode;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store of the partner programme must do. SQL stores share one database per test class,
 * so each test works on accounts and codes of its own.
 */
public abstract class PartnersContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    protected abstract PortSet ports();

    private Partners partners() {
        return ports().partners();
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return ports().transactions().inTransaction(work);
    }

    private Partner newPartner(Optional<CommissionPercent> percent) {
        return new Partner(ports().ids().nextAccountId(), ReferralCode.random(RANDOM), percent, NOW);
    }

    @Test
    void aPartnerIsEnrolledOnceAndFoundByAccountAndByCode() {
        Partner partner = newPartner(Optional.of(new CommissionPercent(15)));

        assertThat(tx(() -> partners().enrol(partner))).isTrue();
        assertThat(tx(() -> partners().enrol(partner))).as("the same account again").isFalse();
        Partner sameCode = new Partner(ports().ids().nextAccountId(), partner.code(), Optional.empty(), NOW);
        assertThat(tx(() -> partners().enrol(sameCode))).as("a code taken").isFalse();

        assertThat(partners().find(partner.account())).contains(partner);
        assertThat(partners().findByCode(partner.code())).contains(partner);
        assertThat(partners().find(sameCode.account())).isEmpty();
    }

    @Test
    void theOwnPercentageIsSetAndCleared() {
        Partner partner = newPartner(Optional.empty());
        tx(() -> partners().enrol(partner));

        assertThat(tx(() -> partners().setCommission(partner.account(), Optional.of(new CommissionPercent(40))))).isTrue();
        assertThat(partners().find(partner.account()).orElseThrow().commission()).contains(new CommissionPercent(40));
        tx(() -> partners().setCommission(partner.account(), Optional.empty()));
        assertThat(partners().find(partner.account()).orElseThrow().commission()).isEmpty();
        assertThat(tx(() -> partners().setCommission(ports().ids().nextAccountId(), Optional.empty()))).isFalse();
    }

    @Test
    void theListPagesByAccountId() {
        Partner a = newPartner(Optional.empty());
        Partner b = newPartner(Optional.empty());
        tx(() -> partners().enrol(a) && partners().enrol(b));

        assertThat(partners().list(a.account().value() - 1, 1000)).extracting(Partner::account)
                .containsSubsequence(a.account(), b.account());
        assertThat(partners().list(a.account().value(), 1)).extracting(Partner::account).containsExactly(b.account());
    }

    @Test
    void aClientIsAttributedOnceTheFirstTimeWins() {
        Partner first = newPartner(Optional.empty());
        Partner second = newPartner(Optional.empty());
        AccountId client = ports().ids().nextAccountId();

        assertThat(tx(() -> partners().attribute(client, first.account(), NOW))).isTrue();
        assertThat(tx(() -> partners().attribute(client, second.account(), NOW))).isFalse();

        assertThat(partners().partnerOf(client)).contains(first.account());
        assertThat(partners().partnerOf(ports().ids().nextAccountId())).isEmpty();
    }

    @Test
    void statisticsCountWithinTheHalfOpenPeriodAndACommissionIsRecordedOnce() {
        Partner partner = newPartner(Optional.empty());
        AccountId inside = ports().ids().nextAccountId();
        AccountId outside = ports().ids().nextAccountId();
        Instant from = NOW;
        Instant to = NOW.plus(Duration.ofDays(1));
        tx(() -> partners().attribute(inside, partner.account(), from) && partners().attribute(outside, partner.account(), to));
        OrderId order = ports().ids().nextOrderId();
        Commission one = commission("commission:payment:" + order.value() + "-1", partner, inside, order, 50_000, 5_000, from);
        Commission two = commission("commission:payment:" + order.value() + "-2", partner, inside, order, 20_000, 2_000,
                to.minusNanos(1_000));
        Commission late = commission("commission:payment:" + order.value() + "-3", partner, inside, ports().ids().nextOrderId(),
                10_000, 1_000, to);

        assertThat(tx(() -> partners().recordCommission(one))).isTrue();
        assertThat(tx(() -> partners().recordCommission(one))).as("the same key").isFalse();
        tx(() -> partners().recordCommission(two) && partners().recordCommission(late));

        PartnerStats stats = partners().stats(partner.account(), from, to);
        assertThat(stats.clients()).isEqualTo(1);
        assertThat(stats.paidOrders()).as("two payments of one order").isEqualTo(1);
        assertThat(stats.paid()).isEqualTo(Money.kopecks(70_000));
        assertThat(stats.commission()).isEqualTo(Money.kopecks(7_000));
        PartnerStats empty = partners().stats(partner.account(), from.minusSeconds(3600), from);
        assertThat(empty.clients()).isZero();
        assertThat(empty.commission()).isEqualTo(Money.kopecks(0));
    }

    @Test
    void bannersAreListedBySizeThenIdAndDeleted() {
        Banner tall = tx(() -> partners().addBanner(Banner.create(0, "120x600", "https://cdn.example/t.png", "Tall", NOW)));
        Banner wide = tx(() -> partners().addBanner(Banner.create(0, "90x60", "https://cdn.example/w.png", "Wide", NOW)));
        Banner tall2 = tx(() -> partners().addBanner(Banner.create(0, "120x600", "https://cdn.example/t2.png", "Tall 2", NOW)));

        assertThat(tall.id()).isPositive();
        assertThat(partners().banners()).extracting(Banner::id).containsSubsequence(wide.id(), tall.id(), tall2.id());
        assertThat(partners().banners()).filteredOn(b -> b.id() == tall.id()).singleElement()
                .satisfies(b -> assertThat(b).isEqualTo(tall));
        assertThat(tx(() -> partners().deleteBanner(tall.id()))).isTrue();
        assertThat(tx(() -> partners().deleteBanner(tall.id()))).isFalse();
        assertThat(partners().banners()).extracting(Banner::id).doesNotContain(tall.id());
    }

    private static Commission commission(String key, Partner partner, AccountId client, OrderId order, long paid, long amount,
                                         Instant at) {
        return new Commission(key, partner.account(), client, order, Money.kopecks(paid), new CommissionPercent(10),
                Money.kopecks(amount), at);
    }
}
