package io.ordercore.domain.catalog;

/** The id of a {@link CallType}: positive. */
public record CallTypeId(long value) {

    public CallTypeId {
        if (value <= 0) {
            throw new IllegalArgumentException("CallType id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
