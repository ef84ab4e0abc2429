package io.ordercore.application.service;

import io.ordercore.application.port.in.BrowseCatalogUseCase;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CatalogVisibility;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.QuickOrderCategories;
import java.util.List;
import java.util.Optional;

final class BrowseCatalogService implements BrowseCatalogUseCase {

    private final Catalog catalog;
    private final CatalogTree tree;

    BrowseCatalogService(Catalog catalog) {
        this.catalog = catalog;
        this.tree = new CatalogTree(catalog);
    }

    @Override
    public List<CatalogSection> visibleCatalog() {
        return tree.build(true);
    }

    @Override
    public CatalogSection.Entry orderableCallType(CallTypeId id) {
        Optional<CallType> callType = catalog.callType(id);
        Optional<Category> category = callType.flatMap(ct -> catalog.category(ct.categoryId()));
        if (callType.isEmpty() || category.isEmpty() || !CatalogVisibility.orderable(callType.get(), category.get())) {
            throw new NotFoundException("Call type", id);
        }
        return new CatalogSection.Entry(callType.get(),
                catalog.callExamples(Optional.of(id)).stream().filter(e -> !e.frozen()).toList());
    }

    @Override
    public List<Category> quickOrderCategories() {
        return QuickOrderCategories.pick(catalog.priorityCategories(), catalog.categories());
    }
}
