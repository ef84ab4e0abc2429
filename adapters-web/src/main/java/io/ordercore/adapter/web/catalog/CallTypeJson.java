package io.ordercore.adapter.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.TalentId;
import java.util.List;

/** A call type with its examples (those the caller may see). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallTypeJson(long id, long categoryId, String name, MoneyJson price, @Nullable String description,
                           String requiredGender, List<Long> talentIds, @Nullable String imageUrl, boolean frozen,
                           List<CallExampleJson> examples) {

    public static CallTypeJson from(CatalogSection.Entry entry) {
        return from(entry.callType(), entry.examples());
    }

    public static CallTypeJson from(CallType type, List<CallExample> examples) {
        return new CallTypeJson(type.id().value(), type.categoryId().value(), type.name(), MoneyJson.from(type.price()),
                type.description().orElse(null), type.requiredGender().name(),
                type.talents().stream().map(TalentId::value).toList(), type.imageUrl().orElse(null), type.frozen(),
                examples.stream().map(CallExampleJson::from).toList());
    }
}
