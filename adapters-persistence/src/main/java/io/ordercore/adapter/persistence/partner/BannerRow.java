package io.ordercore.adapter.persistence.partner;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code banner}. */
@MappedEntity("banner")
public record BannerRow(@Id Long id, int width, int height, String imageUrl, String title, Instant createdAt) {
}
