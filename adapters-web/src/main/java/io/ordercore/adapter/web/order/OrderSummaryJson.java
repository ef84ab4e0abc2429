package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.adapter.web.json.WindowJson;
import io.ordercore.application.port.in.OrderSummary;

/** One line of the admin order list. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderSummaryJson(long id, String status, String clientName, String clientEmail, String recipientName,
                               String recipientPhone, CallTypeRefJson callType, WindowJson window, MoneyJson total,
                               String createdAt) {

    public static OrderSummaryJson from(OrderSummary s) {
        return new OrderSummaryJson(s.id().value(), s.status().name(), s.clientName(), s.clientEmail().value(),
                s.recipientName(), s.recipientPhone().e164(), CallTypeRefJson.from(s.callType()),
                WindowJson.from(s.window()), MoneyJson.from(s.total()), s.createdAt().toString());
    }
}
