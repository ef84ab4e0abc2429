package io.ordercore.adapter.cli;

import java.util.Locale;

/** How a list prints. */
public enum ListFormat {
    /** Aligned columns for people (the default). */
    TABLE,
    /** One JSON document with stable field names, for scripts. */
    JSON,
    /** RFC 4180: a header line, then one row per item. */
    CSV;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
