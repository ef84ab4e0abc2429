package io.ordercore.adapter.web.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.partner.Banner;
import java.util.List;

/** The banner catalogue, as administrators keep it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BannerListJson(List<BannerJson> items) {

    static BannerListJson from(List<Banner> banners) {
        return new BannerListJson(banners.stream().map(BannerJson::from).toList());
    }
}
