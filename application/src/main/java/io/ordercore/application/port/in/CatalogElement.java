package io.ordercore.application.port.in;

/** The three levels of the catalog, for operations that work the same on each. */
public enum CatalogElement {
    CATEGORY,
    CALL_TYPE,
    CALL_EXAMPLE
}
