package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderPageUseCase;
import io.ordercore.application.port.out.CallResults;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Optional;

/** Listening needs only the link; downloading needs the owner signed in. */
final class OrderPageService implements OrderPageUseCase {

    private final Orders orders;
    private final CallResults calls;

    OrderPageService(Orders orders, CallResults calls) {
        this.orders = orders;
        this.calls = calls;
    }

    @Override
    public Optional<OrderPageView> page(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return calls.orderOfPage(token.trim()).flatMap(orders::find).map(o -> new OrderPageView(o, recordings(o.id())));
    }

    @Override
    public String recordingForDownload(Caller caller, OrderId id) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        Order order = orders.find(id).filter(o -> o.owner().filter(me.id()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("Order", id.value()));
        List<String> recordings = recordings(order.id());
        if (recordings.isEmpty()) {
            throw new NotFoundException("Recording of order", id.value());
        }
        return recordings.get(recordings.size() - 1);
    }

    private List<String> recordings(OrderId id) {
        return calls.forOrder(id).stream().map(CallResult::recordingUrl).flatMap(Optional::stream).toList();
    }
}
