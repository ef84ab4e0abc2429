package io.ordercore.domain.partner;

import io.ordercore.domain.shared.ValidationException;

/** A partner's share of what their clients pay, in whole percent, 1..100. */
public record CommissionPercent(int value) {

    public static final int MIN = 1;
    public static final int MAX = 100;

    public CommissionPercent {
        if (value < MIN || value > MAX) {
            throw ValidationException.of("commissionPercent", "OUT_OF_RANGE", "must be " + MIN + ".." + MAX);
        }
    }

    @Override
    public String toString() {
        return value + "%";
    }
}
