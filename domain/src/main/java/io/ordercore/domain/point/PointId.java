package io.ordercore.domain.point;

/** The id of a {@link Point}: positive. */
public record PointId(long value) {

    public PointId {
        if (value <= 0) {
            throw new IllegalArgumentException("point id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
