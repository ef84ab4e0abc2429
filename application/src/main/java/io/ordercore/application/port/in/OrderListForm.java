package io.ordercore.application.port.in;

import java.util.List;

/**
 * The admin order list's filters as typed in a query string or on a command line. Text filters
 * match case-insensitively from the start ("ivan" finds "Ivanova"); the phone filter matches the
 * start of the E.164 number; time bounds are {@code YYYY-MM-DD} (Moscow midnight) or an ISO-8601
 * instant, from inclusive, to exclusive. All fields are optional.
 */
public record OrderListForm(
        String id,
        String clientEmail,
        String clientName,
        String callTypeId,
        String recipientName,
        String recipientPhone,
        String createdFrom,
        String createdTo,
        String scheduledFrom,
        String scheduledTo,
        List<String> statuses,
        String sort,
        String limit,
        String cursor) {

    public static OrderListForm empty() {
        return new OrderListForm(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null);
    }
}
