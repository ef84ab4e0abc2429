package io.ordercore.adapter.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.adapter.web.json.StrictLongList;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import java.util.List;

/** A call type as an administrator enters it; the fields of {@link CallTypeForm}, checked by the core. */
@Serdeable
public record CallTypeRequest(
        @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long categoryId,
        @Nullable String name,
        @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long priceRoubles,
        @Nullable String description,
        @Nullable String requiredGender,
        @Nullable @Serdeable.Deserializable(using = StrictLongList.class) List<Long> talentIds,
        @Nullable String imageUrl) {

    CallTypeForm toForm() {
        return new CallTypeForm(categoryId, name, priceRoubles, description, requiredGender, talentIds, imageUrl);
    }
}
