package io.ordercore.domain.coupon;

import io.ordercore.domain.shared.ValidationException;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A coupon code, upper case. Generated codes are {@link #GENERATED_LENGTH} characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L); typed codes are read case-insensitively with spaces
 * and dashes ignored, so "abcd-efgh" finds "ABCDEFGH".
 */
public record CouponCode(String value) {

    /** 31 characters: digits 2-9 and letters without I, L, O. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int GENERATED_LENGTH = 12;
    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9]{4,64}$");

    public CouponCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("couponCode", "INVALID_COUPON_CODE", "must be 4..64 letters and digits");
        }
    }

    /** A code as a person typed it. */
    public static CouponCode parse(String raw) {
        return new CouponCode(raw == null ? null : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    /** A new random code; pass a cryptographically strong generator (java.security.SecureRandom). */
    public static CouponCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CouponCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
