package io.ordercore.adapter.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The aspects every new rating scores, in order (as sent to replace them, and as answered). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AspectsJson(@Nullable List<String> aspects) {
}
