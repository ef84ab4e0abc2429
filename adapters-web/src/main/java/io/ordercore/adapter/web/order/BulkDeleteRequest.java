package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLongList;
import java.util.List;

/** The orders to delete: 1..1000 ids. */
@Serdeable
public record BulkDeleteRequest(
        @Nullable @Serdeable.Deserializable(using = StrictLongList.class) List<Long> ids) {
}
