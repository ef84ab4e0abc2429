package io.ordercore.bench;

import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.shared.Money;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link OrderPrice#withCoupon}: the discount and the price snapshot's own consistency check.
 * Cycles through {@value #CASES} catalog prices (100..5000 RUB, some with kopecks) and coupons of
 * every kind (PERCENT, REPEAT_ORDER and SUPER at 1..99%, FULL at 100%), seed {@value #SEED}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class PricingBenchmark {

    static final long SEED = 20261123L;
    static final int CASES = 64;

    private Money[] prices;
    private AppliedCoupon[] coupons;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(SEED);
        CouponKind[] kinds = CouponKind.values();
        prices = new Money[CASES];
        coupons = new AppliedCoupon[CASES];
        for (int i = 0; i < CASES; i++) {
            prices[i] = Money.kopecks(100_00L * (1 + random.nextInt(50)) + (random.nextInt(4) == 0 ? random.nextInt(100) : 0));
            CouponKind kind = kinds[random.nextInt(kinds.length)];
            int percent = kind == CouponKind.FULL ? 100 : 1 + random.nextInt(99);
            coupons[i] = new AppliedCoupon(new CouponCode("SPRING" + (1000 + i)), kind, percent);
        }
    }

    @Benchmark
    public OrderPrice withCoupon() {
        int i = next;
        next = (i + 1) & (CASES - 1);
        return OrderPrice.withCoupon(prices[i], coupons[i]);
    }
}
