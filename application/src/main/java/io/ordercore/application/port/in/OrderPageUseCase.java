package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import java.util.List;
import java.util.Optional;

/** The order page behind an unguessable link: anyone holding the link may see it and listen. */
public interface OrderPageUseCase {

    /** What the page shows: the order and the recordings (to listen to). */
    record OrderPageView(Order order, List<String> recordings) {
    }

    Optional<OrderPageView> page(String token);

    /** The recording to download: only for the signed-in owner of the order. */
    String recordingForDownload(Caller caller, io.ordercore.domain.shared.OrderId order);
}
