package io.ordercore.application.port.in;

import java.util.List;
import java.util.Optional;

/**
 * One page of an order list and, when more may follow, the cursor that fetches the next page.
 * No total count: counting every match on every page is what makes large lists crawl.
 */
public record OrderPage(List<OrderSummary> items, Optional<String> nextCursor) {

    public OrderPage {
        items = List.copyOf(items);
    }
}
