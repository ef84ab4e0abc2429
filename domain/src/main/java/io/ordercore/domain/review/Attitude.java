package io.ordercore.domain.review;

/** What a client thinks of the operator who made their call; it moves the operator's rating once approved. */
public enum Attitude {
    POSITIVE(1),
    NEGATIVE(-1),
    NONE(0);

    private final int ratingDelta;

    Attitude(int ratingDelta) {
        this.ratingDelta = ratingDelta;
    }

    public int ratingDelta() {
        return ratingDelta;
    }

    /** From the API's number: +1, -1, or 0 / absent for none. */
    public static Attitude of(Integer value) {
        if (value == null || value == 0) {
            return NONE;
        }
        if (value == 1) {
            return POSITIVE;
        }
        if (value == -1) {
            return NEGATIVE;
        }
        throw io.ordercore.domain.shared.ValidationException.of("attitude", "INVALID_ATTITUDE", "must be 1, -1 or 0");
    }
}
