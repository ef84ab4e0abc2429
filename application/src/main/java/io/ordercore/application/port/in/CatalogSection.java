package io.ordercore.application.port.in;

import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import java.util.List;

/** A category with its call types, each with its examples: one branch of the catalog tree. */
public record CatalogSection(Category category, List<Entry> callTypes) {

    public CatalogSection {
        callTypes = List.copyOf(callTypes);
    }

    /** A call type with its examples. */
    public record Entry(CallType callType, List<CallExample> examples) {
        public Entry {
            examples = List.copyOf(examples);
        }
    }
}
