package io.ordercore.application.port.in;

import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import java.util.List;

/**
 * Coupon administration (administrators and site managers). Refusals are field errors
 * ({@link io.ordercore.domain.shared.ValidationException}) or not-found; every change is audited.
 */
public interface ManageCouponsUseCase {

    /** Generates a group of single-use PERCENT (1..99%) or FULL (100%) coupons with random codes. */
    GeneratedGroup generate(Caller caller, GenerateForm form);

    /** A super coupon: one code for many clients (each once), optionally limited in total. */
    Coupon createSuper(Caller caller, SuperForm form);

    List<CouponGroupSummary> groups(Caller caller);

    /** Coupons by id, filtered; all filter errors reported together. An unknown client e-mail finds none. */
    List<Coupon> list(Caller caller, CouponListForm form);

    /** Deletes the coupons with these codes (used or not); unknown codes are reported, nothing else is deleted. */
    int deleteCodes(Caller caller, List<String> codes);

    /** Deletes a whole group with its coupons. */
    int deleteGroup(Caller caller, CouponGroupId group);

    /** Deletes at most {@code count} random unused coupons of the group; never a used one. */
    int deleteRandomUnused(Caller caller, CouponGroupId group, int count);

    /**
     * E-mails the coupon to a client. A client with an account then holds a PERCENT or FULL coupon
     * (it shows among their coupons); a SUPER coupon is shared and names no holder; a REPEAT_ORDER
     * coupon can only be sent to the client who earned it.
     */
    Coupon send(Caller caller, String code, String email);

    /** The percent of repeat-order coupons (default 10). */
    int repeatOrderPercent(Caller caller);

    void setRepeatOrderPercent(Caller caller, int percent);

    /**
     * @param kind      PERCENT (default) or FULL
     * @param percent   1..99 for PERCENT; ignored for FULL
     * @param count     1..10000
     * @param expiresOn optional last day of validity, {@code YYYY-MM-DD} (Moscow): valid until that day ends
     */
    record GenerateForm(String kind, Integer percent, Integer count, String comment, String expiresOn) {
    }

    /**
     * @param code      optional: the code to use (4..64 letters and digits); generated when empty
     * @param limit     optional total number of uses
     */
    record SuperForm(String code, Integer percent, Integer limit, String expiresOn) {
    }

    /** A generated group and its codes. */
    record GeneratedGroup(CouponGroup group, List<String> codes) {
        public GeneratedGroup {
            codes = List.copyOf(codes);
        }
    }
}
