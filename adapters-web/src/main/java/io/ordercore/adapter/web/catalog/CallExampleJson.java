package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.catalog.CallExample;

/** A sample of a call type; {@code text} and {@code recordingUrl} are null when not given. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallExampleJson(long id, long callTypeId, String title, @Nullable String text,
                              @Nullable String recordingUrl, boolean frozen) {

    public static CallExampleJson from(CallExample example) {
        return new CallExampleJson(example.id().value(), example.callTypeId().value(), example.title(),
                example.text().orElse(null), example.recordingUrl().orElse(null), example.frozen());
    }
}
