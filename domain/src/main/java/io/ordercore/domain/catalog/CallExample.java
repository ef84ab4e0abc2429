package io.ordercore.domain.catalog;

import io.ordercore.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/** A sample of a call type (a successful call's text or recording), shown to clients choosing a call. */
public record CallExample(
        CallExampleId id,
        CallTypeId callTypeId,
        String title,
        Optional<String> text,
        Optional<String> recordingUrl,
        boolean frozen) {

    public static final int MAX_TITLE = 255;
    public static final int MAX_TEXT = 4000;

    public CallExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callTypeId, "callTypeId");
        title = Text.required(title, MAX_TITLE);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(recordingUrl, "recordingUrl");
    }

    public CallExample withFrozen(boolean nowFrozen) {
        return new CallExample(id, callTypeId, title, text, recordingUrl, nowFrozen);
    }
}
