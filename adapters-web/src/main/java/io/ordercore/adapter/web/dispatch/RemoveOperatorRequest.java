package io.ordercore.adapter.web.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictBoolean;

/** Take an order from its operator; with {@code penalty} (default false) the operator is fined its fee. */
@Serdeable
public record RemoveOperatorRequest(@Nullable @Serdeable.Deserializable(using = StrictBoolean.class) Boolean penalty,
                                    @Nullable String reason) {
}
