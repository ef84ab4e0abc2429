package io.ordercore.domain.catalog;

import io.ordercore.domain.shared.Text;
import java.util.Objects;

/**
 * The top level of the catalog ("Popular", "Apologies"). A frozen category hides itself and
 * everything under it from clients without deleting anything.
 */
public record Category(CategoryId id, String name, boolean frozen) {

    public static final int MAX_NAME = 255;

    public Category {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, MAX_NAME);
    }

    public Category withName(String newName) {
        return new Category(id, newName, frozen);
    }

    public Category withFrozen(boolean nowFrozen) {
        return new Category(id, name, nowFrozen);
    }
}
