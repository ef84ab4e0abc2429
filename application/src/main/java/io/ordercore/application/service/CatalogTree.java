package io.ordercore.application.service;

import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CatalogVisibility;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the catalog tree from three flat reads (not one query per node). */
final class CatalogTree {

    private final Catalog catalog;

    CatalogTree(Catalog catalog) {
        this.catalog = catalog;
    }

    List<CatalogSection> build(boolean visibleOnly) {
        Map<CategoryId, List<CallType>> typesByCategory = catalog.callTypes(Optional.empty()).stream()
                .collect(Collectors.groupingBy(CallType::categoryId));
        Map<CallTypeId, List<CallExample>> examplesByType = catalog.callExamples(Optional.empty()).stream()
                .collect(Collectors.groupingBy(CallExample::callTypeId));
        List<CatalogSection> sections = new ArrayList<>();
        for (Category category : catalog.categories()) {
            if (visibleOnly && category.frozen()) {
                continue;
            }
            List<CatalogSection.Entry> entries = new ArrayList<>();
            for (CallType type : typesByCategory.getOrDefault(category.id(), List.of())) {
                if (visibleOnly && !CatalogVisibility.orderable(type, category)) {
                    continue;
                }
                List<CallExample> examples = examplesByType.getOrDefault(type.id(), List.of()).stream()
                        .filter(e -> !visibleOnly || CatalogVisibility.visible(e, type, category))
                        .toList();
                entries.add(new CatalogSection.Entry(type, examples));
            }
            sections.add(new CatalogSection(category, entries));
        }
        return sections;
    }
}
