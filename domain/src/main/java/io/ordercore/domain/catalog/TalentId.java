package io.ordercore.domain.catalog;

/** The id of a {@link Talent}: positive. */
public record TalentId(long value) {

    public TalentId {
        if (value <= 0) {
            throw new IllegalArgumentException("Talent id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
