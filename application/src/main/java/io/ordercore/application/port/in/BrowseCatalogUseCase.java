package io.ordercore.application.port.in;

import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.Category;
import java.util.List;

/**
 * The catalog as clients see it: frozen elements, and everything under a frozen parent, are
 * left out as if they did not exist.
 */
public interface BrowseCatalogUseCase {

    /** Visible categories by id, each with its visible call types and their visible examples. */
    List<CatalogSection> visibleCatalog();

    /**
     * One orderable call type with its visible examples, for a shareable "order this call" link.
     *
     * @throws NotFoundException when it does not exist or is frozen (or its category is)
     */
    CatalogSection.Entry orderableCallType(CallTypeId id);

    /** Up to three categories for the quick-order widget (priority ones, else the lowest ids). */
    List<Category> quickOrderCategories();
}
