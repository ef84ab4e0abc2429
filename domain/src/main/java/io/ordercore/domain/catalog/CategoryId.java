package io.ordercore.domain.catalog;

/** The id of a {@link Category}: positive. */
public record CategoryId(long value) {

    public CategoryId {
        if (value <= 0) {
            throw new IllegalArgumentException("Category id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
