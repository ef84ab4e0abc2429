package io.ordercore.adapter.web.orderpage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.WindowJson;
import io.ordercore.adapter.web.order.CallTypeRefJson;
import io.ordercore.application.port.in.OrderPageUseCase.OrderPageView;
import io.ordercore.domain.order.Order;
import java.util.List;

/**
 * The order page behind its link: no names, e-mails or phone numbers (whoever holds the link sees
 * it), only the order, its call and the {@code recordings} to listen to (URLs, oldest first).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderLinkJson(long orderId, String status, CallTypeRefJson callType, WindowJson window,
                            List<String> recordings) {

    static OrderLinkJson from(OrderPageView view) {
        Order o = view.order();
        return new OrderLinkJson(o.id().value(), o.status().name(), CallTypeRefJson.from(o.details().callType()),
                WindowJson.from(o.details().window()), List.copyOf(view.recordings()));
    }
}
