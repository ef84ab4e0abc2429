package io.ordercore.adapter.web.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictBoolean;
import io.ordercore.adapter.web.json.StrictLongList;
import java.util.List;

/** Approve ({@code approve: true}) or reject the pending reviews with these {@code ids}. */
@Serdeable
public record ModerateRequest(@Nullable @Serdeable.Deserializable(using = StrictLongList.class) List<Long> ids,
                              @Nullable @Serdeable.Deserializable(using = StrictBoolean.class) Boolean approve) {
}
