package io.ordercore.adapter.web.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.partner.Banner;

/** A banner of the catalogue: {@code size} WIDTHxHEIGHT in pixels, e.g. 120x600. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BannerJson(long id, String size, String imageUrl, String title, String createdAt) {

    static BannerJson from(Banner b) {
        return new BannerJson(b.id(), b.size().toString(), b.imageUrl(), b.title(), b.createdAt().toString());
    }
}
