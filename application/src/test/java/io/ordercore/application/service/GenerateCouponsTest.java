package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Generating groups of PERCENT and FULL coupons, and the groups' totals. */
class GenerateCouponsTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();

    private GeneratedGroup generate(String kind, Integer percent, Integer count, String comment, String expiresOn) {
        return core.manageCoupons().generate(admin, new GenerateForm(kind, percent, count, comment, expiresOn));
    }

    private List<Coupon> stored() {
        return memory.coupons.list(CouponListQuery.all());
    }

    @Test
    void a_percent_group_has_exactly_the_count_of_unique_well_formed_unused_codes() {
        GeneratedGroup g = generate("percent", 4, 25, " spring mailing ", null);

        assertThat(g.group().kind()).isEqualTo(CouponKind.PERCENT);
        assertThat(g.group().percent()).isEqualTo(4);
        assertThat(g.group().comment()).isEqualTo("spring mailing");
        assertThat(g.group().expiresAt()).isEmpty();
        assertThat(g.group().createdAt()).isEqualTo(clock.instant());
        assertThat(g.codes()).hasSize(25).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).hasSize(12).matches("[" + CouponCode.ALPHABET + "]{12}"));
        assertThat(stored()).hasSize(25).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CouponKind.PERCENT);
            assertThat(c.percent()).isEqualTo(4);
            assertThat(c.group()).contains(g.group().id());
            assertThat(c.holder()).isEmpty();
            assertThat(c.used()).isFalse();
            assertThat(c.expiresAt()).isEmpty();
            assertThat(c.totalLimit()).isEmpty();
        });
        assertThat(stored()).extracting(c -> c.code().value()).containsExactlyElementsOf(g.codes());
        assertThat(memory.coupons.group(g.group().id())).contains(g.group());
    }

    @Test
    void codes_stay_unique_across_groups() {
        List<String> all = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.addAll(generate("PERCENT", 10, 200, "batch " + i, null).codes());
        }

        assertThat(all).hasSize(1000).doesNotHaveDuplicates();
        assertThat(stored()).hasSize(1000);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000})
    void one_to_ten_thousand_coupons_may_be_generated_at_once(int count) {
        assertThat(generate("PERCENT", 10, count, "bounds", null).codes()).hasSize(count).doesNotHaveDuplicates();
        assertThat(core.manageCoupons().groups(admin).get(0).generated()).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"FULL, null", "full, 37", "Full, 100"})
    void a_full_group_is_100_percent_whatever_percent_is_given(String kind, Integer percent) {
        GeneratedGroup g = generate(kind, percent, 3, "free calls", null);

        assertThat(g.group().kind()).isEqualTo(CouponKind.FULL);
        assertThat(g.group().percent()).isEqualTo(100);
        assertThat(stored()).hasSize(3).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CouponKind.FULL);
            assertThat(c.percent()).isEqualTo(100);
        });
    }

    @Test
    void the_kind_defaults_to_percent() {
        assertThat(generate(null, 7, 1, "default", null).group().kind()).isEqualTo(CouponKind.PERCENT);
        assertThat(generate("  ", 7, 1, "default", null).group().kind()).isEqualTo(CouponKind.PERCENT);
    }

    @ParameterizedTest(name = "valid through {0}")
    @CsvSource({"2026-11-23, 2026-11-23T21:00:00Z", "2026-11-30, 2026-11-30T21:00:00Z", "2027-06-01, 2027-06-01T21:00:00Z"})
    void a_group_is_valid_until_its_last_day_ends_in_moscow(String lastDay, String expiresAt) {
        GeneratedGroup g = generate("PERCENT", 5, 2, "expiring", lastDay);

        assertThat(g.group().expiresAt()).contains(Instant.parse(expiresAt));
        assertThat(stored()).extracting(Coupon::expiresAt).containsOnly(Optional.of(Instant.parse(expiresAt)));
    }

    @Test
    void today_is_judged_in_moscow() {
        clock.set(Instant.parse("2026-11-23T21:30:00Z")); // 00:30 on the 24th in Moscow, still the 23rd in UTC

        assertThatThrownBy(() -> generate("PERCENT", 5, 1, "late", "2026-11-23")).isInstanceOf(ValidationException.class);
        assertThat(generate("PERCENT", 5, 1, "late", "2026-11-24").group().expiresAt())
                .contains(Instant.parse("2026-11-24T21:00:00Z"));
    }

    @ParameterizedTest(name = "kind={0} percent={1} count={2} comment={3} expiresOn={4}")
    @CsvSource(nullValues = "null", value = {
            "PERCENT,      0,    5,     c,    null,       percent:OUT_OF_RANGE",
            "PERCENT,      100,  5,     c,    null,       percent:OUT_OF_RANGE",
            "PERCENT,      null, 5,     c,    null,       percent:REQUIRED",
            "PERCENT,      5,    0,     c,    null,       count:OUT_OF_RANGE",
            "PERCENT,      5,    10001, c,    null,       count:OUT_OF_RANGE",
            "PERCENT,      5,    -1,    c,    null,       count:OUT_OF_RANGE",
            "PERCENT,      5,    null,  c,    null,       count:REQUIRED",
            "PERCENT,      5,    5,     null, null,       comment:REQUIRED",
            "PERCENT,      5,    5,     ' ',  null,       comment:REQUIRED",
            "PERCENT,      5,    5,     c,    2026-11-22, expiresOn:DATE_IN_PAST",
            "PERCENT,      5,    5,     c,    2026-02-30, expiresOn:INVALID_DATE",
            "SUPER,        5,    5,     c,    null,       kind:INVALID_CHOICE",
            "REPEAT_ORDER, 5,    5,     c,    null,       kind:INVALID_CHOICE",
            "BOGUS,        5,    5,     c,    null,       kind:INVALID_CHOICE",
            "PERCENT,      0,    0,     null, yesterday,  percent:OUT_OF_RANGE count:OUT_OF_RANGE comment:REQUIRED expiresOn:INVALID_DATE"})
    void invalid_input_is_reported_field_by_field_and_nothing_is_generated(String kind, Integer percent, Integer count,
                                                                           String comment, String expiresOn, String errors) {
        assertThatThrownBy(() -> generate(kind, percent, count, comment, expiresOn))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.code()).containsExactly(errors.split(" ")));
        assertThat(stored()).isEmpty();
        assertThat(core.manageCoupons().groups(admin)).isEmpty();
    }

    @Test
    void a_comment_over_500_characters_is_refused() {
        assertThatThrownBy(() -> generate("PERCENT", 5, 1, "x".repeat(501), null)).isInstanceOf(ValidationException.class);
        assertThat(generate("PERCENT", 5, 1, "x".repeat(500), null).group().comment()).hasSize(500);
    }

    @Test
    void groups_are_listed_newest_first_with_generated_used_and_unused_totals() {
        TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
        long callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        GeneratedGroup spring = generate("PERCENT", 4, 5, "spring", null);
        GeneratedGroup free = generate("FULL", null, 3, "free", null);
        Caller.SignedIn client = memory.signedIn(Role.CLIENT, "client@example.com");
        core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", spring.codes().get(0)).build());
        var unpaid = core.placeCallOrder().place(client, aForm(callTypeId).build()).order();
        core.clientCoupons().apply(client, unpaid.id(), spring.codes().get(3));
        core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", free.codes().get(2)).build());
        coupons.superCoupon("NOTINAGROUP", 10, null, null);

        List<CouponGroupSummary> groups = core.manageCoupons().groups(admin);

        assertThat(groups).extracting(s -> s.group().comment()).containsExactly("free", "spring");
        assertThat(groups).extracting(CouponGroupSummary::generated, CouponGroupSummary::used, CouponGroupSummary::unused)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 1L, 2L), org.assertj.core.groups.Tuple.tuple(5L, 2L, 3L));
        assertThat(groups.get(1).group()).isEqualTo(spring.group());
    }
}
