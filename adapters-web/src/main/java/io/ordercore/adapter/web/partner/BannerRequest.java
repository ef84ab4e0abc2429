package io.ordercore.adapter.web.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new banner: {@code size} WIDTHxHEIGHT in pixels (e.g. 120x600), an http(s) {@code imageUrl}, a {@code title}. */
@Serdeable
public record BannerRequest(@Nullable String size, @Nullable String imageUrl, @Nullable String title) {
}
