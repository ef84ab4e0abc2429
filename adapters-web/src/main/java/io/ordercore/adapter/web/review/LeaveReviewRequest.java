package io.ordercore.adapter.web.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;
import io.ordercore.adapter.web.json.StrictLong;

/** A review of one's own completed order: {@code text}, and {@code attitude} 1, -1 or 0/absent for none. */
@Serdeable
public record LeaveReviewRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long orderId,
                                 @Nullable String text,
                                 @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer attitude) {
}
