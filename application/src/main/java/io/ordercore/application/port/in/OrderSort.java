package io.ordercore.application.port.in;

/** Orders of the admin list. Ties are broken by order id in the same direction. */
public enum OrderSort {
    /** Newest placed first (the default). */
    CREATED_DESC,
    /** Oldest placed first. */
    CREATED_ASC,
    /** Earliest call window first. */
    SCHEDULED_ASC,
    /** Latest call window first. */
    SCHEDULED_DESC;

    public boolean byCreation() {
        return this == CREATED_DESC || this == CREATED_ASC;
    }

    public boolean descending() {
        return this == CREATED_DESC || this == SCHEDULED_DESC;
    }
}
