package io.ordercore.adapter.web.payout;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.earning.PayoutRequest;
import java.util.List;

/**
 * Payout requests, newest first; pass {@code nextBeforeId} as {@code beforeId} for the next page
 * (null on the last, and on lists that are not paged).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PayoutListJson(List<PayoutJson> items, @Nullable Long nextBeforeId) {

    public static PayoutListJson from(List<PayoutRequest> payouts) {
        return new PayoutListJson(payouts.stream().map(PayoutJson::from).toList(), null);
    }

    static PayoutListJson page(List<PayoutRequest> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new PayoutListJson(page.stream().map(PayoutJson::from).toList(), next);
    }
}
