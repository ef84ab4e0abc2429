package io.ordercore.application.testing;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm;
import io.ordercore.domain.coupon.Coupon;
import java.util.List;

/** Shortcuts that make coupons through the admin use case, as a real administrator would. */
public final class TestCoupons {

    private final ManageCouponsUseCase manage;
    private final Caller admin;

    /** Acts as trusted system code; see {@link #TestCoupons(ManageCouponsUseCase, Caller)}. */
    public TestCoupons(ManageCouponsUseCase manage) {
        this(manage, Caller.system("test-coupons"));
    }

    public TestCoupons(ManageCouponsUseCase manage, Caller admin) {
        this.manage = manage;
        this.admin = admin;
    }

    /** A group of {@code count} PERCENT coupons, no expiry. */
    public GeneratedGroup percentGroup(int percent, int count) {
        return manage.generate(admin, new GenerateForm("PERCENT", percent, count, percent + "% test group", null));
    }

    /** One PERCENT coupon (a group of one), no expiry; returns its code. */
    public String percent(int percent) {
        return percentGroup(percent, 1).codes().get(0);
    }

    /** A group of {@code count} FULL (100%) coupons, no expiry. */
    public GeneratedGroup fullGroup(int count) {
        return manage.generate(admin, new GenerateForm("FULL", null, count, "free test calls", null));
    }

    /** One FULL coupon; returns its code. */
    public String full() {
        return fullGroup(1).codes().get(0);
    }

    /** A group valid until the end of {@code lastDay} (YYYY-MM-DD, Moscow). */
    public GeneratedGroup expiringGroup(String kind, Integer percent, int count, String lastDay) {
        return manage.generate(admin, new GenerateForm(kind, percent, count, "expiring test group", lastDay));
    }

    /** A super coupon; {@code code}, {@code limit} and {@code lastDay} may be null. */
    public Coupon superCoupon(String code, int percent, Integer limit, String lastDay) {
        return manage.createSuper(admin, new SuperForm(code, percent, limit, lastDay));
    }

    /** Codes of several FULL coupons, for paying orders without a gateway. */
    public List<String> fullCodes(int count) {
        return fullGroup(count).codes();
    }
}
