package io.ordercore.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerValuesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    @Test
    void referralCodesAreReadLikeCouponCodesAndGeneratedWithoutLookAlikes() {
        assertThat(ReferralCode.parse(" ab-cd 2345 ").value()).isEqualTo("ABCD2345");
        ReferralCode code = ReferralCode.random(new Random(1));
        assertThat(code.value()).hasSize(ReferralCode.GENERATED_LENGTH).doesNotContain("0", "O", "1", "I", "L");
        assertThatThrownBy(() -> ReferralCode.parse("a!")).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void aCommissionIsOneToAHundredPercent(int percent) {
        assertThatThrownBy(() -> new CommissionPercent(percent)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(er -> assertThat(er.field()).isEqualTo("commissionPercent")));
    }

    @Test
    void theCommissionIsRoundedDownToTheKopeck() {
        assertThat(Commission.on(Money.kopecks(999), new CommissionPercent(10))).isEqualTo(Money.kopecks(99));
        assertThat(Commission.on(Money.kopecks(50_000), new CommissionPercent(100))).isEqualTo(Money.kopecks(50_000));
    }

    @Test
    void thePartnersOwnPercentageWinsOverTheGlobalOne() {
        Partner plain = new Partner(new AccountId(7), new ReferralCode("ABCD2345"), Optional.empty(), NOW);
        CommissionPercent global = new CommissionPercent(10);
        assertThat(plain.effectiveCommission(global)).isEqualTo(global);
        assertThat(plain.withCommission(Optional.of(new CommissionPercent(30))).effectiveCommission(global).value()).isEqualTo(30);
        assertThat(plain.referralLink("https://shop.example/")).isEqualTo("https://shop.example/?ref=ABCD2345");
    }

    @Test
    void bannerSizesParseAndOrderByWidthThenHeight() {
        assertThat(BannerSize.parse("120x600")).isEqualTo(new BannerSize(120, 600));
        assertThat(BannerSize.parse(" 468X60 ").toString()).isEqualTo("468x60");
        assertThat(BannerSize.parse("90x60")).isLessThan(BannerSize.parse("120x60"));
        assertThat(BannerSize.parse("120x60")).isLessThan(BannerSize.parse("120x600"));
        assertThatThrownBy(() -> BannerSize.parse("120 by 600")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BannerSize.parse("0x600")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aBannersHtmlEscapesWhatItQuotes() {
        Banner banner = Banner.create(1, "120x600", "https://cdn.example/a.png?x=1&y=2", "Say \"hi\" <now>", NOW);

        assertThat(banner.html("https://shop.example/?ref=ABCD2345")).isEqualTo("<a href=\"https://shop.example/?ref=ABCD2345\">"
                + "<img src=\"https://cdn.example/a.png?x=1&amp;y=2\" width=\"120\" height=\"600\""
                + " alt=\"Say &quot;hi&quot; &lt;now&gt;\"></a>");
    }

    @Test
    void aBannerNeedsAllItsFieldsAndAnHttpAddress() {
        assertThatThrownBy(() -> Banner.create(1, null, "javascript:alert(1)", " ", NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(er -> er.field() + ":" + er.code())
                        .containsExactlyInAnyOrder("size:REQUIRED", "imageUrl:NOT_A_URL", "title:REQUIRED"));
    }
}
