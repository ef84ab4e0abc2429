package io.ordercore.adapter.persistence.support;

import java.util.Locale;

/**
 * The lower-cased copy of a text that prefix filters compare against. Kept out of the MapStruct
 * mappers on purpose: a String-to-String method there would be applied to every text column.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static String of(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
