package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.ordercore.application.port.in.OrderListForm;
import io.ordercore.application.port.in.OrderListQuery;
import java.util.List;

/**
 * The filters and paging of an order list, as raw query text; the core checks them all and
 * reports every bad one together. Text filters match from the start, case-insensitively; time
 * bounds are a Moscow date or an ISO-8601 instant; {@code status} may repeat and may hold a
 * comma-separated list.
 */
@Introspected
public record OrderFilters(@Nullable @QueryValue String id,
                           @Nullable @QueryValue String clientEmail,
                           @Nullable @QueryValue String clientName,
                           @Nullable @QueryValue String callTypeId,
                           @Nullable @QueryValue String recipientName,
                           @Nullable @QueryValue String recipientPhone,
                           @Nullable @QueryValue String createdFrom,
                           @Nullable @QueryValue String createdTo,
                           @Nullable @QueryValue String scheduledFrom,
                           @Nullable @QueryValue String scheduledTo,
                           @Nullable @QueryValue List<String> status,
                           @Nullable @QueryValue String sort,
                           @Nullable @QueryValue String limit,
                           @Nullable @QueryValue String cursor) {

    public OrderListQuery toQuery() {
        return OrderListQuery.parse(new OrderListForm(id, clientEmail, clientName, callTypeId, recipientName,
                recipientPhone, createdFrom, createdTo, scheduledFrom, scheduledTo, status == null ? List.of() : status,
                sort, limit, cursor));
    }
}
