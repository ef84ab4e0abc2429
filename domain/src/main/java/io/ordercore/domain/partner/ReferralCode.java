package io.ordercore.domain.partner;

import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * A partner's referral code, upper case, carried in referral links ({@code ?ref=CODE}). Generated
 * from the coupons' alphabet without look-alikes; typed codes are read like coupon codes.
 */
public record ReferralCode(String value) {

    public static final int GENERATED_LENGTH = 8;
    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9]{4,32}$");

    public ReferralCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("referralCode", "INVALID_REFERRAL_CODE", "must be 4..32 letters and digits");
        }
    }

    /** A code as a person typed it or a link carried it. */
    public static ReferralCode parse(String raw) {
        return new ReferralCode(raw == null ? null : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    /** A new random code; pass a cryptographically strong generator. */
    public static ReferralCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            code.append(CouponCode.ALPHABET.charAt(random.nextInt(CouponCode.ALPHABET.length())));
        }
        return new ReferralCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
