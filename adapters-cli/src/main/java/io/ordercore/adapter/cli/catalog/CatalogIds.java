package io.ordercore.adapter.cli.catalog;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CategoryId;

/** Ids typed on the command line; a non-positive one names nothing, as the core treats it elsewhere. */
final class CatalogIds {

    private CatalogIds() {
    }

    static CategoryId category(long id) {
        if (id <= 0) {
            throw new NotFoundException("Category", id);
        }
        return new CategoryId(id);
    }

    static CallTypeId callType(long id) {
        if (id <= 0) {
            throw new NotFoundException("Call type", id);
        }
        return new CallTypeId(id);
    }
}
