package io.ordercore.adapter.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;

/** A call example as an administrator enters it; checked by the core. */
@Serdeable
public record CallExampleRequest(
        @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long callTypeId,
        @Nullable String title,
        @Nullable String text,
        @Nullable String recordingUrl) {

    CallExampleForm toForm() {
        return new CallExampleForm(callTypeId, title, text, recordingUrl);
    }
}
