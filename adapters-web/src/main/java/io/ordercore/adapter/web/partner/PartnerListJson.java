package io.ordercore.adapter.web.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.PartnerView;
import java.util.List;

/** Partners by id; pass {@code nextAfterId} as {@code afterId} for the next page, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerListJson(List<PartnerJson> items, @Nullable Long nextAfterId) {

    static PartnerListJson from(List<PartnerView> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).partner().account().value() : null;
        return new PartnerListJson(page.stream().map(PartnerJson::from).toList(), next);
    }
}
