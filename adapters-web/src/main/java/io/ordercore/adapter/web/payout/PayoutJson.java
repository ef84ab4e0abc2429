package io.ordercore.adapter.web.payout;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.domain.earning.PayoutRequest;

/**
 * A payout request: {@code status} PROCESSING, TRANSFERRED, CANCELLED or ERROR; {@code note} the
 * administrator's last note, null when none.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PayoutJson(long id, long payeeId, MoneyJson amount, String status, String createdAt, String updatedAt,
                         @Nullable String note) {

    public static PayoutJson from(PayoutRequest p) {
        return new PayoutJson(p.id(), p.payee().value(), MoneyJson.from(p.amount()), p.status().name(),
                p.createdAt().toString(), p.updatedAt().toString(), p.note().orElse(null));
    }
}
