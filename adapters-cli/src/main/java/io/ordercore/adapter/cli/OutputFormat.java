package io.ordercore.adapter.cli;

import java.util.Locale;

/** How a command prints its result. */
public enum OutputFormat {
    /** Aligned columns for people (the default). */
    TABLE,
    /** One JSON document with stable field names, for scripts. */
    JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
