package io.ordercore.adapter.cli.catalog;

import io.ordercore.application.port.in.CatalogElement;

/** A group for one level of the catalog; the freeze, unfreeze and delete commands under it act on that level. */
interface CatalogLevel {

    CatalogElement element();

    /** The level as the command line names it: category, call-type, example. */
    default String label() {
        return switch (element()) {
            case CATEGORY -> "category";
            case CALL_TYPE -> "call-type";
            case CALL_EXAMPLE -> "example";
        };
    }
}
