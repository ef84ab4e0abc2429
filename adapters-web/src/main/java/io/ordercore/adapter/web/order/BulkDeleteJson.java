package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.DeleteOrdersUseCase.DeleteOrdersResult;
import io.ordercore.application.port.in.DeleteOrdersUseCase.KeptReason;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Map;

/** What a bulk delete did: the ids deleted and, for each id kept, why (NOT_FOUND or NOT_DELETABLE). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BulkDeleteJson(List<Long> deleted, List<Kept> kept) {

    /** {@code requested} gives the order of {@code kept}: the order the ids were sent in. */
    public static BulkDeleteJson from(DeleteOrdersResult result, List<OrderId> requested) {
        Map<OrderId, KeptReason> kept = result.kept();
        return new BulkDeleteJson(result.deleted().stream().map(OrderId::value).toList(),
                requested.stream().distinct().filter(kept::containsKey)
                        .map(id -> new Kept(id.value(), kept.get(id).name())).toList());
    }

    /** An order that was not deleted, and why. */
    @Serdeable
    public record Kept(long id, String reason) {
    }
}
