package io.ordercore.adapter.web.orderpage;

import io.micronaut.serde.annotation.Serdeable;

/** Where to download the recording of one's order. */
@Serdeable
public record RecordingJson(String url) {
}
