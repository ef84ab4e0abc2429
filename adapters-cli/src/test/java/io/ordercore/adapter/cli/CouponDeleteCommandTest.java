package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.domain.coupon.Coupon;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CouponDeleteCommandTest {

    private final TestCore t = new TestCore();
    /** Group 1: five 4% coupons, the first used on order 1. */
    private List<String> codes;

    @BeforeEach
    void fill() {
        codes = t.coupons(4, 5, "Spring");
        t.coupons(10, 2, "Autumn");
        t.withCallType();
        t.applyCoupon(t.place(), codes.get(0));
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private List<String> left() {
        return t.core().manageCoupons().list(t.admin(), CouponListForm.empty()).stream().map(c -> c.code().value()).toList();
    }

    private List<Coupon> inGroup(long group) {
        return t.core().manageCoupons().list(t.admin(),
                new CouponListForm(String.valueOf(group), null, null, null, null, null, null));
    }

    @Test
    void aWholeGroupUsedCouponsIncluded() {
        CliRun run = ok("coupons", "delete", "--group", "1");

        assertThat(run.out()).isEqualTo("deleted 5 coupons\n");
        assertThat(run.err()).isEmpty();
        assertThat(inGroup(1)).isEmpty();
        assertThat(inGroup(2)).hasSize(2);
        assertThat(t.core().manageCoupons().groups(t.admin())).extracting(g -> g.group().id().value()).containsExactly(2L);
    }

    @Test
    void randomUnusedOnesNeverTheUsedOneNorMoreThanAsked() {
        assertThat(ok("coupons", "delete", "--group", "1", "--random", "3").out()).isEqualTo("deleted 3 coupons\n");
        assertThat(inGroup(1)).hasSize(2).anySatisfy(c -> assertThat(c.code().value()).isEqualTo(codes.get(0)));

        assertThat(ok("coupons", "delete", "--group", "1", "--random", "5", "--format", "json").json().get("deleted").asInt())
                .isEqualTo(1);
        assertThat(inGroup(1)).extracting(c -> c.code().value()).containsExactly(codes.get(0));
        assertThat(ok("coupons", "delete", "--group", "1", "--random", "1").out()).isEqualTo("deleted 0 coupons\n");
        assertThat(inGroup(2)).hasSize(2);
    }

    @Test
    void byCodeCommaSeparatedSpaceSeparatedOrRepeated() {
        CliRun run = ok("coupons", "delete", "--codes", codes.get(0) + "," + codes.get(1).toLowerCase(), codes.get(2),
                "--codes", codes.get(3).substring(0, 4) + "-" + codes.get(3).substring(4));

        assertThat(run.out()).isEqualTo("deleted 4 coupons\n");
        assertThat(inGroup(1)).extracting(c -> c.code().value()).containsExactly(codes.get(4));
        assertThat(ok("coupons", "delete", "--codes", codes.get(4)).out()).isEqualTo("deleted 1 coupon\n");
    }

    @Test
    void anUnknownCodeDeletesNothing() {
        CliRun run = t.run("coupons", "delete", "--codes", codes.get(1) + ",NOSUCHCODE");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  codes: no coupon has the codes [NOSUCHCODE]
                """);
        assertThat(left()).hasSize(7);
    }

    @Test
    void anUnknownGroupIsNotFound() {
        CliRun run = t.run("coupons", "delete", "--group", "9");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).isEqualTo("error: NOT_FOUND: Coupon group 9 not found\n");
        assertThat(t.run("coupons", "delete", "--group", "9", "--random", "1").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(CliRun.run(CliRun.untouchable(), "coupons", "delete", "--group", "0").err())
                .isEqualTo("error: NOT_FOUND: Coupon group 0 not found\n");
        assertThat(left()).hasSize(7);
    }

    @Test
    void aRandomCountOutOfRangeIsAFieldError() {
        CliRun run = t.run("coupons", "delete", "--group", "1", "--random", "0", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errorJson().get("errors").findValuesAsText("field")).containsExactly("count");
        assertThat(left()).hasSize(7);
    }
}
