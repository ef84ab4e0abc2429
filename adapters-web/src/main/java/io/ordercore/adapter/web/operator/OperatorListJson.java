package io.ordercore.adapter.web.operator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.OperatorView;
import java.util.List;

/** Operators by id; pass {@code nextAfterId} as {@code afterId} for the next page, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OperatorListJson(List<OperatorJson> items, @Nullable Long nextAfterId) {

    static OperatorListJson from(List<OperatorView> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).operator().id().value() : null;
        return new OperatorListJson(page.stream().map(OperatorJson::from).toList(), next);
    }
}
