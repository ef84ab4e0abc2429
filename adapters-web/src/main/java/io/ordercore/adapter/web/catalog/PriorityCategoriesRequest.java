package io.ordercore.adapter.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLongList;
import java.util.List;

/** The priority categories, in order (at most three); an empty list clears them. */
@Serdeable
public record PriorityCategoriesRequest(
        @Nullable @Serdeable.Deserializable(using = StrictLongList.class) List<Long> categoryIds) {
}
