package io.ordercore.domain.shared;

/** An order's number: positive, shown to clients and operators ("order 1042"). */
public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("order id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
