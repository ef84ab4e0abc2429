package io.ordercore.adapter.cli.orders;

import java.util.Locale;

/** Output of the order list. */
enum ListFormat {
    /** Aligned columns for people (the default). */
    TABLE,
    /** {"items":[...],"nextCursor":...} with stable field names. */
    JSON,
    /** RFC 4180: a header line, then one row per order. */
    CSV;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
