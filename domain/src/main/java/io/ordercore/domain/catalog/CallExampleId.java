package io.ordercore.domain.catalog;

/** The id of a {@link CallExample}: positive. */
public record CallExampleId(long value) {

    public CallExampleId {
        if (value <= 0) {
            throw new IllegalArgumentException("CallExample id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
