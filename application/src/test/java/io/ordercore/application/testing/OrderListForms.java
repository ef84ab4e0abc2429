package io.ordercore.application.testing;

import io.ordercore.application.port.in.OrderListForm;
import io.ordercore.application.port.in.OrderListQuery;
import java.util.List;

/** Test-data builder for {@link OrderListForm}: every filter empty unless set. */
public final class OrderListForms {

    private String id;
    private String clientEmail;
    private String clientName;
    private String callTypeId;
    private String recipientName;
    private String recipientPhone;
    private String createdFrom;
    private String createdTo;
    private String scheduledFrom;
    private String scheduledTo;
    private List<String> statuses = List.of();
    private String sort;
    private String limit;
    private String cursor;

    public static OrderListForms filters() {
        return new OrderListForms();
    }

    public OrderListForms id(String v) { id = v; return this; }

    public OrderListForms clientEmail(String v) { clientEmail = v; return this; }

    public OrderListForms clientName(String v) { clientName = v; return this; }

    public OrderListForms callTypeId(String v) { callTypeId = v; return this; }

    public OrderListForms recipientName(String v) { recipientName = v; return this; }

    public OrderListForms recipientPhone(String v) { recipientPhone = v; return this; }

    public OrderListForms created(String from, String to) { createdFrom = from; createdTo = to; return this; }

    public OrderListForms scheduled(String from, String to) { scheduledFrom = from; scheduledTo = to; return this; }

    public OrderListForms statuses(String... v) { statuses = List.of(v); return this; }

    public OrderListForms sort(String v) { sort = v; return this; }

    public OrderListForms limit(int v) { limit = Integer.toString(v); return this; }

    public OrderListForms cursor(String v) { cursor = v; return this; }

    public OrderListForm build() {
        return new OrderListForm(id, clientEmail, clientName, callTypeId, recipientName, recipientPhone, createdFrom,
                createdTo, scheduledFrom, scheduledTo, statuses, sort, limit, cursor);
    }

    public OrderListQuery query() {
        return OrderListQuery.parse(build());
    }
}
