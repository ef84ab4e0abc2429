package io.ordercore.adapter.cli.orders;

import io.ordercore.application.port.in.OrderSummary;
import java.util.List;
import java.util.Optional;

/** Receives the list page by page, so --all can stream JSON and CSV instead of holding every order. */
interface OrderListOutput {

    void page(List<OrderSummary> items);

    /** After the last page; {@code nextCursor} is empty when nothing follows (always so with --all). */
    void finish(Optional<String> nextCursor);
}
