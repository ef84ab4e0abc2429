package io.ordercore.adapter.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.MoscowTime;
import java.time.format.DateTimeFormatter;

/**
 * A call window as the client chose it (date, start and end in {@code timeZone}, Moscow time) and
 * the same window as UTC instants.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WindowJson(String date, String start, String end, String timeZone, String startsAt, String endsAt) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public static WindowJson from(CallWindow window) {
        return new WindowJson(window.date().toString(), HH_MM.format(window.start()), HH_MM.format(window.end()),
                MoscowTime.ZONE.getId(), window.startsAt().toString(), window.endsAt().toString());
    }
}
