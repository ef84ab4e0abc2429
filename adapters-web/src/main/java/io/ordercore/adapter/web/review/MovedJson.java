package io.ordercore.adapter.web.review;

import io.micronaut.serde.annotation.Serdeable;

/** How many reviews moderation moved (ones moderated already are left as they are). */
@Serdeable
public record MovedJson(int moved) {
}
