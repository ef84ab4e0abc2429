package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.PriceJson;
import io.ordercore.adapter.web.json.WindowJson;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.Order;
import java.util.List;

/**
 * An order as staff and operators see it: every field, the price snapshot, the history and the
 * version. {@code operatorId} is the operator holding (or, once done, who held) the order; null
 * before dispatch.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderJson(long id, String status, @Nullable Long operatorId, CallTypeRefJson callType,
                        ClientJson client, RecipientJson recipient, WindowJson window, String preferredGender,
                        @Nullable String wishes, boolean anonymous, @Nullable String couponCode, String consentedAt,
                        PriceJson price, String createdAt, String updatedAt, long version, List<HistoryEntryJson> history) {

    public static OrderJson from(Order order) {
        CallOrderDetails d = order.details();
        return new OrderJson(order.id().value(), order.status().name(),
                order.operator().map(AccountId::value).orElse(null), CallTypeRefJson.from(d.callType()),
                ClientJson.from(d.client()), RecipientJson.from(d.recipient()), WindowJson.from(d.window()),
                d.preferredGender().name(), d.wishes().orElse(null), d.anonymous(),
                PriceJson.couponCode(order.price()), d.consentedAt().toString(), PriceJson.from(order.price()),
                order.createdAt().toString(), order.updatedAt().toString(), order.version(),
                order.history().stream().map(HistoryEntryJson::from).toList());
    }
}
